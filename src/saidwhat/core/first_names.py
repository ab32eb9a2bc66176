"""The first-name table: names that are confidently female or male (generated, do not edit).

Built by ``scripts/build_first_names.py`` from the US Social Security Administration's baby
name counts (public domain): births since 1930, at least 30 of them, at least
95% of one sex, less names of the other sex abroad, plus a short hand-made list of
common names abroad. 31445 female and 17174 male names; AMBIGUOUS holds 1604 names
of both sexes (at least 1000 births) that say nothing of gender but are first names.
"""

FEMALE = """
aabha aabriella aadhira aadhya aaditri aadvika aadya aahana aahna aaila aailyah aaima aaira
aairah aaisha aakriti aala aalaiyah aalana aalani aalaya aalayah aalayna aalaysia aaleah
aaleeyah aaleigha aaleiyah aaleyah aalia aaliah aaliayah aaliayh aalina aalisha aalivia aaliya
aaliyah aaliyahmarie aaliyan aaliyana aaliyha aaliyiah aalliyah aalya aalyah aalyiah aalyssa
aamani aamilah aamina aaminah aamira aamirah aamiya aamiyah aamna aamori aamya aamyah aanaya
aanchal aania aaniah aanika aanisah aaniya aaniyah aanshi aanvi aanya aanyah aara aaradhana
aaradhya aaralyn aaralynn aaria aariah aariana aarianna aarica aariel aarielle aarika aarilyn
aarini aariona aarionna aariya aariyah aariyana aarna aarnavi aarohi aarthi aarti aarushi aarvi
aaryah aaryana aaryanna aasha aashi aashika aashka aashna aashni aashrita aashritha aashvi aasia
aasiya aasiyah aastha aava aavah aavya aaya aayah aayana aayanna aayat aayla aaylah aayliah
aayra aayushi abagael abagail abagale abagayle abaigeal abbagail abbagale abbagayle abbe abbee
abbegail abbegale abbegayle abbey abbeygail abbi abbie abbiegail abbiegale abbigael abbigail
abbigaile abbigal abbigale abbigayle abbra abbriella abbrielle abby abbye abbygael abbygail
abbygaile abbygale abbygayle abcde abeeha abeera abegail abelina abella abena abeni aberdeen
abernathy abha abhigna abi abia abiageal abiah abida abigael abigaelle abigahil abigail abigaile
abigal abigale abigayl abigayle abigel abigial abiha abilene abinaya abirami abisha abisola
abony abra abrah abrea abreana abreanna abree abrey abri abria abriah abrial abriana abrianna
abrie abriela abriella abrielle abril abrina abrionna abrish abryana abryanna abryelle absalat
abuk abygael abygail abygale abygayle acacia acadia acasia accalia acelyn acelynn achaia achante
achel achol acire acquanetta acsa ada adabella adabelle adaeze adah adahlia adaia adaija adaijah
adaira adaire adaisha adaja adajah adalae adalai adalaide adalay adalaya adalea adaleah adalee
adaleen adaleena adalei adaleigh adalen adalena adalene adaley adalia adaliah adalicia adalida
adalie adalin adalina adalind adaline adalinn adalis adalise adaliz adaly adalyn adalyna adalynd
adalyne adalynn adalynne adalys adamae adamari adamarie adamaris adamariz adamary adamarys adana
adanely adanna adannaya adanya adaobi adaora adara adarah adaria adasha adasia adassa adasyn
adaugo adaya adayah adayla adaysha adda addalee addaleigh addaley addalie addaline addalyn
addalyne addalynn addalynne addasyn addeline addelyn addelynn addelynne addi addicyn addie
addilee addileigh addiley addilyn addilyne addilynn addilynne addisen addisin addisson addisyn
addisynn addley addy addylin addylyn addylynn addysan addysen addysin addyson addysyn adea
adeana adeena adeja adejah adela adelade adelae adelai adelaida adelaide adelaine adelay
adelayda adelayde adele adelee adelei adeleigh adeleine adelena adelene adelfa adelheid adeli
adelia adelicia adelie adelin adelina adelind adeline adelinne adelis adelisa adelise adelita
adeliz adella adelle adellyn adely adelyn adelyna adelyne adelynn adelynne adena adenike
aderinsola aderyn adessa adesuwa adhara adhira adhithi adhvika adhya adia adiah adiana adianez
adianna adiba adiella adila adilee adileigh adilen adilena adilene adileni adilenne adileny
adiline adilyn adilyne adilynn adilynne adina adinah adine adira adisen adisyn adisynn adisynne
adithi aditi aditri adiva adiya adiyah adja adjoa adlean adlee adleigh adlene adlie adlin adline
adlyn adlynn adna adona adonia adonica adonna adora adoria adra adraine adrea adreana adreanna
adreanne adreena adrena adrene adreona adreonna adria adriah adriahna adriana adrianah adriane
adrianna adriannah adrianne adriauna adriaunna adrie adrieana adrieanna adriella adrielle
adriena adriene adrienna adrienne adrija adrijana adrika adrina adrinna adrinne adriona adrionna
adrita adriyana adriyanna adryana adryanna adut advaita advika advita adwita adwoa ady adya
adylee adylen adylene adylin adyline adylynn adysen adysin adyson adysson adysyn aeisha aeja
aela aeliana aella aelyn aemilia aerabella aeralyn aeralynn aerial aeriana aerianna aerica aerie
aeriel aeriell aerielle aerika aerilyn aerilynn aerin aeriona aerionna aeris aerith aeryn aesha
aeva aevah afaf afeni afi afia afifa afiya afiyah afomia afra afrah afreen africa afrika afrin
afsa afsana afshan aftan aften aftin aftyn afua agapita agata agatha aggie agnes agness
agnieszka agripina agueda agusta agustina ahaana ahana ahava ahilyn ahja ahjah ahjanae ahlaam
ahlam ahlana ahlani ahlanna ahlaya ahlayah ahlea ahleah ahleena ahley ahlia ahlina ahlivia
ahliya ahliyah ahlyssa ahmaria ahmaya ahmia ahmiah ahmina ahmira ahmiracle ahmirah ahmiya
ahmiyah ahmoni ahmya ahmyah ahna ahnesti ahnesty ahni ahnika ahniya ahniyah ahnna ahnya ahnyah
ahnyla ahonesty ahri ahria ahriana ahrianna ahriya ahriyah ahsaki ahsha ahslee ahsley ahtziri
ahtziry ahuva ahyana ahyanna ahzaria ai aiana aianna aibhlinn aicha aicia aida aidah aidaly
aidana aide aidee aidel aideliz aidelyn aidia aidsa aidy aiesha aigner aija aijah aika aiko aila
ailah ailana ailani ailanie ailany aile ailea aileah aileana ailed ailee aileen aileena aileene
ailen ailene aileth ailey aili ailia ailie ailin ailine ailis ailish ailsa aily ailyn ailyne
ailynn aima aimee aimi aimie aimsley aimy aina ainara aine ainhoa ainslee ainsleigh ainsley
ainslie ainzley aira airabella airah airalyn airalynn airanna aireal aireana aireanna airel
airelle aireona aireonna airess airi airiana airianna airica airiel airielle airika airionna
airlie airyana airyanna airyn airyonna aisa aisatou aisha aishah aishani aishat aishi aishia
aishling aishwarya aisia aislee aisleen aisley aislin aisling aislinn aislyn aislynn aislynne
aisosa aissa aissata aissatou aitana aitanna aithana aitiana aiva aivah aivree aivy aixa aiya
aiyah aiyana aiyanah aiyanna aiyannah aiyla aiyona aiyonna aiysha aiza aizah aizlee aizley
aizlyn aizlynn aizza aja ajada ajah ajahnae ajana ajanae ajanay ajane ajanee ajaya ajayla
ajaysia ajeenah ajia ajiah ajla ajna ajooni ajwa akacia akaia akaila akaisha akaiya akala akane
akanksha akansha akasha akasia akaya akayla akaylah akaylia akaysha akea akeela akeelah akeema
akeia akeiba akeila akeira akeisha akela akelah akelia akemi akera akeria akesha akeshia akeya
akeyla akeylah akhia akhila akiah akiera akiko akila akilah akima akina akirah akire akiria
akirra akisha akita akiya akiyah akosua akshara akshaya akshita akshitha akua akya akyah akyia
akyla akylah akyra akyrah alabama alacia alaena alaeyah alahia alahna alahni alaia alaiah alaija
alaijah alaijha alaila alailah alaina alainah alaine alainna alaira alaire alaisa alaisha
alaisia alaiya alaiyah alaiyna alaiza alaja alajah alajia alajiah alamea alana alanah alanda
alandra alandrea alandria alane alanea alanee alaney alani alania alanie alanii alanis alaniz
alanna alannah alanni alannie alannis alanny alanta alantis alantra alany alanya alanys alara
alaria alasha alashia alasia alaska alathea alauna alauni alaura alawna alaya alayah alayasia
alaycia alayha alayia alayiah alayja alayjah alayla alaylah alayna alaynah alayne alaynna alaysa
alaysha alayshia alaysia alaysiah alayssa alayza alayzha alayzia alayziah alazae alazay alaze
alazia alazne alba albana albany alberta alberteen albertha albertia albertina albertine albina
albree alda aldana aldena aldene aldina aldona aldonia aldora alea aleacia aleah aleaha alean
aleana aleane aleanna alease aleasha aleasia aleatha aleathea aleathia aleaya aleayah alece
alecea alechia alecia aleda aleea aleeah aleece aleecia aleeha aleemah aleen aleena aleenah
aleene aleera aleesa aleese aleesha aleesia aleeta aleeya aleeyah aleeza alegandra alegna alegra
alegria aleia aleiah aleicia aleida aleigh aleigha aleighna aleighya aleijah aleila aleina
aleira aleisa aleise aleisha aleiya aleiyah aleiza aleja alejah alejandra alejandria alejandrina
aleka alekhya aleksandra aleksia aleli alena alenah alencia alenda alene aleni alenia alenna
aleny alera aleria alesa alesana alesandra alescia alese alesha aleshanee aleshea aleshia
aleshka alesi alesia alessa alessandra alessandria alessia alesya aleta aletha alethea aletheia
alethia aletia aletse aletta alette alevia alexa alexah alexamarie alexandera alexanderia
alexandra alexandrea alexandria alexandrina alexandrya alexanne alexarae alexas alexaundria
alexcia alexcis alexea alexee alexia alexiah alexiana alexianna alexias alexica alexiea alexies
alexina alexine alexious alexismarie alexiss alexiya alexiyah alexondra alexsa alexsandra
alexsandria alexsia alexssa alexsus alexsys alexuis alexus alexxa alexxandra alexxia alexxis
alexxus alexxys alexya alexyia alexyss alexza alexzandra alexzandrea alexzandria alexzia aleya
aleyah aleyana aleycia aleyda aleydis aleyia aleyiah aleyla aleyna aleynah aleynna aleysa
aleysha aleysia aleyssa aleyza aleza alezandra alezay alfreda alfredia alfreida alfretta
alfrieda algeria alheli alia aliah aliahna aliana alianah aliandra aliani alianis alianna
aliannah alianny aliany alianys aliaya aliayah alica alice alicea alicen aliceson alicha alichia
alicia aliciana alicianna alicja alicya alicyn alida aliea alieah aliece aliecia aliegha aliena
aliene aliera aliese aliesha alieya alieyah aliha alila alilah alilyana alima alimah alina
alinah alinda aline alinna alinne aliona alionna alira alis alisa alisabeth alisah alisan
alisande alisandra aliscia alise alisea alisen alisha alishba alishea alishia alisi alisia
alison alissa alissah alissandra alisse alissia alisson alissya alisya alisyn alita alitha
alithea alithia alitza alitzah alitzel alivea aliveah alivia aliviah aliviana alivianna aliviya
aliviyah alivya alixandra alixandrea alixandria alixis aliya aliyaah aliyah aliyana aliyanah
aliyanna aliyannah aliyha aliyiah aliyyah aliz aliza alizabeth alizae alizah alizandra alizay
alizaya alizayah alizea alizeah alizee alizeh alizey alizia alizon alizza alizzon aljean alka
alla allahna allaina allaire allana allanah allani allanna allannah allaura allaya allayah
allayna alle allea alleah allean allecia allee alleen alleena allegra alleigh allena allene
allesandra allesha allessandra alleta allexa allexia allexis allexus alley alleya alleyah
alleyna alli allia alliah alliana allianna alliannah allice allicia allicyn allida allie
allieanna alliene allina alline allinson allis allisa allisan allisandra allise allisen allisha
allisia allison allissa allissia allisson allisyn allivia allix alliya alliyah allizon allona
allondra allora allorah allsion allura allure ally allyah allyana allyanna allyce allycia allye
allyiah allyna allyne allysa allysandra allyse allysen allysha allyshia allysia allysin allyson
allyssa allyssia allysson allyx allyzon alma almadelia almarie almarosa almas almeda almedia
almedina almee almena almendra almeta almeter almetta almina almira almyra alnisa alnita aloha
alohilani aloise aloma alona alonah alonda alondra alondria aloni alonia alonie alonna alonnah
alonni alonnie alora alorah aloria aloura alpa alphia alsha alta altagracia altamease altamese
altha althea altheia altheria althia altina altovise aluel aluna alura alveda alveena alvena
alvenia alvera alverda alveria alverna alverta alveta alvetta alvina alvira alvita alwilda alya
alyah alyana alyanah alyanna alyannah alyce alycea alycen alycia alyciana alyda alydia alyena
alyene alyeska alyha alyia alyiah alyissa alyla alylah alyna alynah alynda alyne alynn alynna
alyona alyonna alyra alyria alyric alyrica alys alysa alysabeth alysah alysandra alyscia alyse
alysea alysen alysha alyshea alyshia alysia alysiah alysiana alyson alyss alyssa alyssabeth
alyssah alyssamae alyssamarie alyssandra alysse alyssha alyssia alysson alythia alyvia alyviah
alyxa alyxandra alyxandrea alyxandria alyxis alyza alyzabeth alyzae alyzah alyze alyzea alyzon
alyzza alzada alzena ama amaal amaani amabel amabella amada amadea amadis amahia amahni amai
amaia amaiah amaira amairani amairany amaiya amaiyah amaja amaka amala amalea amalee amali
amalia amaliah amalie amaliya amaly amalya amamda amana amanada amanat amand amanda amandah
amandajo amandalee amandalyn amandalynn amandamarie amandia amandine amandy amane amanee amanie
amanii amanni amantha amany amara amarachi amarachukwu amarae amarah amaranta amarea amarelis
amaria amariah amariana amarianna amariee amarielle amarilis amarilys amariona amarionna amaris
amarisa amarise amariss amarissa amariya amariyah amariyana amariz amarra amarrah amarria
amarrie amarya amaryah amarylis amaryllis amarys amatullah amaura amauria amaya amayah amayia
amayiah amayla amayra amayrani amayrany amazin amazing amazyn ambar ambellina amber ambera
amberia amberle amberlea amberlee amberleigh amberley amberli amberlie amberlin amberly amberlyn
amberlynn ambermarie amberrose ambert ambika ambra ambre ambrea ambreal ambree ambreen ambreia
ambrey ambri ambria ambriah ambriana ambrianna ambrie ambriel ambriella ambrielle ambrosia ambry
ambur ambyr ame amea ameah amee ameena ameenah ameera ameerah ameeyah amei ameia ameiah ameila
ameilia ameilya ameira ameirah ameisha ameka amela amelda ameli amelia ameliah ameliana
amelianna ameliarose amelie amelina amelinda ameliya ameliyah amellia amely amelya amelyah amena
amenah amenda amenia amera amerah ameri ameria ameriah america americus amerie amerika ameris
ameriyah amerra amesha ameshia amethyst ameyah ameyalli ami amia amiah amiaya amiayah amica amie
amiee amiela amielia amiera amierah amii amiira amijah amika amila amilah amilea amileah amilee
amiley amilia amiliah amiliana amiliya amilli amillia amillian amilliana amillya amily amilya
amilyah amina aminah aminat aminata aminda aminta amira amiracle amirah amiree amiria amiriah
amirra amirrah amisadai amisha amishi amita amitiel amity amiya amiyah amiyha amiyla amiylah
amiyra amiyrah amma ammanda ammara ammarie amme ammi ammie ammy amna amnah amneris amonda amonie
amora amorah amoree amoreena amorette amoria amoriah amorina amorita amoura amoy amoya amparo
amra amree amreen amri amrie amrita amritha amrutha amry amsi amulya amunet amunique amy amya
amyah amybeth amye amyia amyiah amyjo amyla amylah amylee amylia amylynn amymarie amyna amyra
amyracle amyrah amyree amyri amyria amyriah amyrie ana anaalicia anaaya anab anabel anabela
anabelen anabell anabella anabelle anabeth anabia anabrenda anacamila anacani anacaren
anacarolina anacecilia anacelia anachristina anaclara anacristina anadalay anadelia anadia anae
anaeli anaelle anaely anagabriela anagha anagrace anah anahi anahid anahis anahit anahita anahla
anahli anahlia anahy anai anaia anaiah anaid anaie anaih anaija anaijah anaika anaily anaira
anairis anais anaisa anaisabel anaise anaisha anaissa anaiya anaiyah anaiz anaiza anaja anajah
anajulia anaka anakaren anakarina anala analaura analaya analayah analea analeah analecia analee
analeese analei analeia analeigh analeigha analeise analena analese analeya analeyah anali
analia analiah analicia analie analiese analilia analina analis analisa analise analisha
analisia analissa analisse analiya analiyah analiz analiza analize analleli anallely analucia
analuisa analuiza analuz analy analya analyah analyce analycia analyn analynn analys analysa
analyse analysia analyssa analysse anam anamari anamaria anamarie anamaris anamika anandi anani
ananiah ananya anapaola anapatricia anapaula anara anareli anarely anaria anariah anarie anarosa
anarose anasha anasia anasofia anasophia anastacia anastaisa anastasha anastashia anastasia
anastasija anastasiya anastassia anastasya anastazia anastazja anaston anastyn anat anatalia
anatasia anaum anaveah anavel anavey anavi anavictoria anaya anayah anayansi anayeli anayelli
anayely anayi anayia anayiah anayla anays anaysha anaysia anber anberlin anberlyn anchal anda
andalyn andee andelyn andera anderia andersyn andia andilyn andilynn andjela andora andraea
andralyn andraya andreah andreal andreana andreanna andreea andreia andreika andreina andreka
andrella andrena andressa andretta andreya andreyah andria andriana andrianna andrianne andrica
andriea andrielle andrienne andrika andrina andromeda andrya ane anea aneatra anecia anedra
aneeka aneesa aneesah aneesha aneesia anegla aneira aneisa aneisha aneissa aneita aneka anela
anele aneli anelia aneliese anelis anelisa anelise anelisse aneliz anell anella anelle anelly
anely anelys aneres aneri anesa anesha aneshia anesia anessa anessia anet aneta aneth anetha
anetra anetria anett anetta anette anevaeh anevay aneya aneyah anezka anfal angala angalee
angalena angalina ange angee angela angelamarie angele angelea angeleah angelean angelee
angeleen angeleena angeleigh angelena angelene angeleque angeles angeletta angelette angeli
angelia angeliah angelic angelica angelice angelicia angelie angeligue angelik angelika angeliki
angelin angelina angelinah angeline angelinna angelinne angeliqua angelique angelisa angelise
angelissa angelisse angelita angeliyah angeliz angelize angella angelle angellee angelli
angellica angellina angelly angellynn angelmarie angely angelyn angelyna angelyne angelynn
angelys angelyse angenetta angenette angeni angi angie angielina angila angilee anginette angla
anglea angles anglia anglica anglie anglina angline anglique angula angy anhar anhelica anhthu
ani ania aniah aniaya aniayah anica anice anicia anicka anida anie aniece aniecia aniela aniella
anielle aniesa aniesha aniessa anieya anihya aniiyah anija anijah anijha anika anikah anikka
aniko anila anilah anilu anina aniqa aniqua anique anira anirah anisa anisah anise anisha
anishia anishka anisia anissa anissia anistasia anisten aniston anisty anistyn anita anitha
anitra anitria anitta anitza anivea aniya aniyah aniyha aniyia aniyiah aniyla aniylah aniza anja
anjail anjalee anjali anjalie anjalina anjana anjanae anjanetta anjanette anjani anjannette
anjeanette anjela anjeli anjelica anjelika anjelina anjelique anjelita anjellica anjenette anji
anjie anjoli anjolie anjolina anju anjuli anjulie anke ankita ankitha anmarie ann anna annabel
annabell annabella annabelle annabellee annabeth annaclaire annaclara annaelle annagail
annagrace annah annahi annai annais annajulia annaka annakaren annakate annakatherine annalaura
annalaya annalea annaleah annalee annaleese annalei annaleia annaleigh annaleigha annaleise
annalena annalese annaley annali annalia annaliah annalicia annalie annaliesa annaliese annalina
annalis annalisa annalise annalisia annalissa annalisse annaliyah annaliz annaliza annalize
annalucia annaly annalyce annalycia annalyn annalynn annalynne annalysa annalyse annalysia
annalyssa annalysse annamae annamaria annamarie annamary annamay annarae annarose annasofia
annasophia annastacia annastasia annastazia annaston annastyn annavictoria annay annaya annayah
anndee anndrea anndria anne annebelle annegret anneka anneke annel anneleise anneli annelie
annelies anneliese annelisa annelise annelisse annell annella annelle annely annelyse annemarie
anner annesa annesha annesophie annessa annet anneta annete anneth annetra annett annetta
annette annettee anngela anni annia anniah annibelle annica annice annick annicka annie anniece
annika annikah annikka annilee annina annique annis annisa annise annisha annison annissa
annisten anniston annistyn annita annitra annitta anniya anniyah annjanette annjeanette annlee
annleigh annlouise annmargaret annmarie annora annorah annslee annsleigh annsley anntionette
anntoinette anntonette anny annya annye annyssa anokhi anola anona anonda anoosha anora anorah
anouk anoushka anquanette anquette anquinette anselma anshi anshika anslea anslee anslei
ansleigh ansley anslie anta antanae antanasia antanesha antanette antania antanique antanisha
antaniya antaniyah antara antasia antavia anteria antha anthea anthia anthonella anthonette
anthonia antia antiana antigone antina antinette antinique antionetta antionette antisha
antoinett antoinetta antoinette antonae antonea antonela antonella antonesha antonetta antonette
antonieta antonietta antoniette antonina antoninette antonique antonisha antoniya antonya
antoria antoya antranette antrice antwanette antwanique antwonette anu anuhea anuhya anuja anum
anuoluwapo anupama anuradha anureet anusha anushka anushree anushri anuva anvi anvika anvita
anvitha anwen anwesha anwita anwitha anwyn any anya anyae anyah anycia anye anyea anyela anyeli
anyelin anyelina anyely anyi anyia anyiah anyjah anyla anylah anyra anysa anysha anysia anyssa
anyssia anzal anzlee anzleigh anzley aoife aoki aolani aolanis aonesty aowyn aparna aphrodite
apirl apolline apollonia apolonia apoorva apphia apple appollonia appolonia aprel april aprile
aprill aprille aprilmarie apryl apryle apryll aqsa aqua aquanetta aquasia aqueelah aquilah
aquinnah aquira aquisha aquita arabel arabela arabell arabella arabelle arabia araceli aracelia
aracelie aracelis aracelli aracelly aracely aracelys aradhana aradhya aradia araeya arah arai
araia araiah araina araiya araiyah arali araly aralyn aralynn arami araminta aranda arantxa
arantza aranza araseli arasely aravis araya arayah arayia arayiah arayla arayna arbadella
arbutus arcadia arcelia arcenia archana archita arcola ardath ardele ardelia ardella ardelle
ardena ardene ardenia ardeth ardine ardith ardra ardyce ardyn ardys ardyth ardythe areal areana
areanna areatha areeba areebah areej areen areesha areia areial areil arelene areli arelia
arelie arelis areliz arella arelli arelly arely arelyn arelys aremi arena arenda areona areonna
aresha areta aretha areti aretina aretta aretzy areya areyah areyana areyanna areyonna arfa
argelia argentina arhiana arhianna aria ariabella ariadna ariadne ariah ariahna ariahnna arial
ariana arianah ariane ariani arianie arianis ariann arianna ariannah arianne arianni ariannie
arianny ariany ariatna ariauna ariaunna ariba aribella aribelle arica aricela ariceli aricia
aricka ariday ariea arieal arieana arieanna ariela ariele arielis arieliz ariell ariella
ariellah arielle arielly ariely arielys ariene arienna arienne arieona arieonna arietta arieyana
arieyanna arihana arihanna arij arijana arika arilyn arilynn arina arinn ariona arionna arionne
arisa arisbel arisbet arisbeth arisha arissa arista aristea arita aritha aritza aritzel aritzy
ariya ariyah ariyahna ariyana ariyanah ariyanna ariyannah ariyel ariyelle ariyona ariyonna ariza
arizbeth arkisha arla arlana arlayne arlean arleatha arlecia arleen arleene arlena arlene
arlenis arlenne arleny arlenys arlesha arlesia arlet arleta arleth arletha arlethia arlett
arletta arlette arli arlicia arliene arlina arlinda arline arlisa arlisha arlissa arlita arloa
arlyce arlyne arlynne arlys arlyss arma armanda armandina armanee armeda armelia armella armenta
armentha armeta armetta armida armie armilda armina arminda armine arminta armita armiya armiyah
armonii armya arna arnasia arnecia arneda arneisha arnela arnella arnelle arnesha arneshia
arnesia arnessa arneta arnetha arnetia arnetra arnetta arnette arnice arnika arnisha arnissa
arnita arnitra arohi aronda arooj arora aroura aroush arpi arpil arpita arra arrabella arraya
arrayah arretta arria arriah arriana arrianna arrianne arrica arriel arriella arrielle arrietty
arriona arrionna arriya arriyah arriyana arriyanna arryana arryanna arsema arsenia arshi arshika
arshiya arta artasia artavia artelia artemisa artemisia arteria artesha artesia arthea arthella
arthi arthurine arti artia artina artisha artrice aruna arushi arva arvada arvella arvetta
arvilla arwa arwen arwilda arwyn aryaa aryah aryahi aryahna aryal aryana aryanah aryani aryann
aryanna aryannah aryanne aryauna arybella aryella aryelle aryia aryiah aryiana aryianna aryka
arykah arynn arynne aryona aryonna aryssa arzella arzu asako asal asalia asami asana asata asees
asenat asenath aseneth aseret asha ashae ashaki ashaley ashana ashani ashanna ashanta ashantae
ashantay ashantee ashantia ashantie ashanty ashara ashari asharia asharie ashauna ashaunte
ashaunti ashaureah ashawna ashawnti ashaya ashayla ashea ashelee asheley asheli ashelly ashely
ashelyn ashelynn asherah ashey ashia ashiah ashiana ashika ashima ashira ashiya ashiyah ashka
ashla ashlan ashlay ashle ashlea ashleah ashlee ashleen ashlei ashleigh ashlen ashleyann
ashleyanne ashleylynn ashleymarie ashleyn ashleynicole ashleyrose ashli ashlie ashliegh ashling
ashlinn ashlley ashly ashlye ashlyn ashlynd ashlyne ashlynn ashlynne ashmi ashmita ashna ashni
ashonda ashonte ashonti ashrita ashritha ashtynn ashunte ashunti ashvika ashwaq ashwika ashwini
ashya ashyah ashyia ashyla ashyra asia asialyn asiana asianae asianna asija asijah asiya asiyah
asja asjah asjia asley asli aslin asly aslyn aslynn asma asmaa asmara asmi asmita asna aspasia
aspin aspyn aspynn asra assata assia assunta assyria asta astacia astaria astasia astella astha
asti astoria astou astra astraea astrea astri astria astrid astryd asucena asuka asuna asusena
asuzena asya asyah asyia asyiah asyria atalaya atalee atalia atalie atalya atara atarah atasha
atavia ataya athalia athaliah athalie athanasia athea atheena athelene athena athene athenea
athenia athenna atherine athina athira athleen athyna athziri athziry atia atiana atianna atika
atina atira atisha atiya atiyah atiyana atlanta atlantis atlean atleigh atonya atoya attalie
attallah attie attison atyana atzi atziri atziry aubre aubrea aubreana aubreanna aubree
aubreeanna aubreelynn aubrei aubreigh aubreyana aubreyann aubreyanna aubreyella aubri aubria
aubriana aubrianah aubrianna aubrianne aubriauna aubrie aubriee aubriegh aubriel aubriella
aubrielle aubrii aubrina aubriona aubrionna aubryana aubryanna aubrye aubryn aubrynn aubyn
audelia audery audia audiana audianna audine audra audrea audreana audreanna audree audreena
audrena audrey audreyana audreyanna audri audria audriana audrianna audriauna audrie audrieanna
audriella audrielle audrina audrinna audrionna audris audryana audryanna audryna augustina auja
aujanae aulani aulora auna aunalee aundraya aundrea aundreya aundria aunesti aunesty aunica
aunika aunisty aunna aunya aunyae aura auralia aurbree aurea aurelia aureliana aurelie auri
auria auriah auriana aurianna aurie auriella aurielle aurora aurorah aurore aury auset ausha
austina australia austynn autherine autiana autum autumm autumn autumne autumnrose autym autymn
ava avaa avabella avabelle avaclaire avacyn avaeh avagail avagrace avah avaiah avaiya avaiyah
avalea avalee avaleen avalei avaleigh avalena avalene avaley avalie avalin avalina avaline
avalise avalon avalyn avalynn avalynne avalyse avamae avamarie avana avanell avanelle avangelina
avangeline avani avanna avannah avanni avanthika avantika avarae avaree avarey avarie avarose
avaya avayah avayla ave avea aveah aveanna aveen aveena aveleen avelin avelina aveline avella
avelyn avelynn avena avenell avenleigh avenley avenly averee avereigh averi averiana averianna
averie averii averlee averleigh averley averly averyana averyanna avey aveya aveyah avia aviah
aviana avianah aviance avianna aviannah avice avie aviela aviella avielle aviendha avigail
avigayil avika avila avilene avilyn avilynn avina aviona avionna avira avisha avishi avita
avital aviva aviya aviyah aviyana aviyanna avleen avlynn avneet avni avnoor avonda avonell
avonelle avonlea avonna avonne avorie avra avree avriana avrianna avrie avriella avrielle avril
avryl avy avya avyana avyanna avyonna awa awanda awilda axelle axie aya ayaana ayaat ayah ayahna
ayak ayaka ayako ayala ayame ayana ayanah ayane ayani ayania ayanna ayannah ayanni ayano ayari
ayasha ayat ayauna aybree ayda aydah ayde aydee aydia aydriana ayeisha ayelen ayelene ayelet
ayelin ayen ayerim ayesha ayeshia ayeza ayiana ayianna ayira ayisha ayjah ayla aylah aylana
aylani aylanie ayleah aylee ayleen ayleigh aylene ayleth ayli ayliah ayliana aylin ayline aylinn
aylissa aylla aylssa aylyn aymar aymara ayme aymee ayn ayna ayniah aynslee aynsley aynslie ayoka
ayona ayonna ayra ayrabella ayrah ayram ayriana ayrianna ayrica ayriel ayrika ayrin ayris aysa
ayse aysel aysha ayshia aysia aysiah ayslin ayssa aytana ayumi ayushi ayva ayvah ayvree ayza
ayzha ayzia ayzlee azadeh azaela azaelia azahria azaira azalea azaleah azalee azaleia azaleya
azalia azaliah azalie azaliyah azalya azalyn azalynn azana azania azara azarah azarea azareya
azaria azariya azariyah azarria azarriah azaya azayla azaylah azaylea azaylee azaylia azealia
azelea azelia azelie azelin azelle azelyn azelynn azeneth azera azeria azha azhane azharia azhia
azia aziana azilee azirah aziya aziyah aziza azizah azja azjah azka azlee azlin azlyn azlynn
azmariah azmina azora azori azoria azra azriela azriella azrielle azucena azul azula azumi azura
azuree azuri azusa azusena azya azyah azyia azyiah azyla azyria azyriah azza azzareya azzaria
azzie baani babara babbette babbie babby babetta babette babs babygirl badia baelee baeleigh
baeli baelynn bahar bahja baila bailea bailee bailei baileigh baileyann baili bailie bailley
baillie bailynn balbina baleigh baleria bali balie balinda bama bambi bambie bana bandi baneen
banesa banessa baneza bani bania banita barabara barabra barb barba barbar barbara barbaraann
barbarajean barbarajo barbarann barbarita barbe barbee barbera barbette barbi barbie barbra
barby barnetta basha basia basilia basma basmah bassheva bassy basya bathsheba batina batool
batoul batsheva batul batya baudelia baya bayah baye bayla baylea baylee baylei bayleigh bayli
baylie baylyn baylynn bayyinah bea beadie beanca beata beatrice beatris beatrix beatriz beatrize
beaulah beautiful beautifull beauty bebe becca becci becka beckey becki beckie becky beda
bedelia beena behati beija beila bekah beki bekka bekki belanna belem belen belenda belia
belicia belina belinda belisa belissa belita belize belkis belky belkys bella bellaann
belladonna bellagrace bellah bellamae bellamarie bellami bellamia bellamie bellanie bellany
bellarae bellarose bellatrix belle bellina belma belva belvia belvie belynda bena benay
benedetta benedicta benelli beneta benetta benicia benigna benisha benita benna bennetta bennita
bennye beonca beonka berania berda berdella berdena berdia berdie berdina berdine berea berenda
berenice berenis berenise bereniz berenize beretta bergan berit berklee berkleigh berklie
berlene berlinda berline berlynn berma berna bernadean bernadene bernadett bernadetta bernadette
bernadina bernadine bernarda bernardette bernardina bernardine bernece berneda bernedette
berneice bernestine berneta bernetha bernetta bernette bernice berniece bernina bernise bernisha
bernita bernyce beronica berta bertha berthena bertina besan bess bessie bessy besty betania
betel beth betha bethan bethanee bethaney bethani bethania bethanie bethann bethanne bethannie
bethanny bethany bethe bethena bethene bethenny betheny bethlehem bethney bethsaida bethzaida
bethzy betina betrice betsabe betsaida betsey betsi betsie betsy bette betteann bettejane bettey
betti bettie bettina betty bettyann bettyanne bettye bettyjane bettyjean bettyjo bettylou betul
betzabe betzabel betzabeth betzaida betzaira betzayda betzayra betzi betzy beula beulah beuna
bev beva bevely bevelyn beverely beverle beverlee beverley beverli beverlie beverly beverlyann
beverlye beverlyn bexlee bexleigh beya beyla beyonca beyonce beyonka beyounce beyza beza bezawit
bg bhakti bhargavi bhavana bhavika bhavna bhoomi bhumi biana bianca biance biancha biancia
bianey bianica bianka bianna biannca bianney bibi bibiana bibianna bich biddie bijal bijou bilan
bilen bilinda billee billi billiejean billiejo billijo billye bilma bina binah bindi bindu binta
bintou bintu bionca bionka birda birdena birdia birdie birgit birgitta biridiana birtha birtie
birttany bisan bisma bismah bita bitania biviana blaiklee blaikley blaire blakelee blakeleigh
blakeli blakelyn blakelynn blaklee blakleigh blanca blanch blanche blanchie blanka blannie blasa
blayklee blayre blen blenda blessen blessin blessings blessyn blia blima blimi blimie blimy
blinda blondell blondie blondine blonnie blossie blossom bluma blyss blythe bobbe bobbette bobbi
bobbiejean bobbiejo bobbijo bobbye bobbyjo bobetta bobette bobi bonda boneta bonetta boni bonita
bonna bonne bonnee bonnell bonnetta bonney bonni bonnie bonniejean bonnielee bonnielou bonnita
bonny bonnye boots bopha bostynn bozena bracha bracie bradi bradleigh braelee braeleigh braeley
braelie braely braelynn braelynne brailee braileigh brailey braily brailynn bralee braleigh
braley brana branae branda brandace brandalyn brandalynn brande brandee brandeis brandelyn
brandey brandi brandice brandie brandii brandilee brandilyn brandilynn brandlyn brandolyn brandy
brandyce brandye braniah branisha braniya braniyah branna branwen braya brayah brayana brayanna
brayla braylah braylea braylee braylei brayleigh brayley brayli braylie braylinn bre brea breah
breahna breaja breale brealyn brealynn breana breanah breanca breanda breane breann breanna
breannah breanne breannia breannon breasha breashia breasia breauna breaunna breawna brecca
brecklyn brecklynn breda bree breea breeah breean breeana breeann breeanna breeanne breeauna
breeley breella breelle breely breelyn breelynn breena breeona breeonna breeya breeza breezie
breezy brehanna brei breia breiana breianna breigh breighanna breighlyn breina breindel breindy
breiona breionna breklyn brelee breleigh brely brelynn brena brenae brenasia brenay brend brenda
brendalee brendaliz brendaly brendalyn brendalynn brendi brendia brendolyn brendy brenee
brenesha brenetta brenisha brenita breniya breniyah brenlee brenleigh brenley brenlie brenly
brenlyn brenlynn brenna brennah brennley brentney brenya breona breonah breonca breonda breonia
breonica breonna breonne breosha bresha breshae breshauna breshay breslyn breta bretney bretta
brettany brette brettney breuna breunna brexlee brexley breya breyah breyana breyanna breyelle
breyona breyonna brezlyn bri bria briah briahna briahnna briana brianah brianca brianda briani
briania briann brianna briannah brianne brianni briannia briannie briannon brianny briany briara
briarrose briasha briasia briauna briaunna briawna briceida bricelyn briceyda bricia bridey
bridget bridgett bridgetta bridgette bridgid bridgit bridgitt bridgitte bridie bridney brie
briea brieana brieann brieanna brieanne briel briela briele briell briella briellah brielle
brielyn brielynn briena brienna brienne brieona brieonna brierra briesha brietta briget brigett
brigetta brigette briggett briggette briggitte brighid brightyn brigid brigida brigit brigitt
brigitta brigitte brihana brihanna brihany brilee brileigh brilynn brina brinae brinda brindle
brindley brindy briniya briniyah brinklee brinkley brinlee brinleigh brinley brinly brinlyn
brinlynn brinn brinna brinnley brinsley briona brionca brionna brionnah brionne briony brisa
briseida briseidy briseis briselda briseyda brisha brisia brissa brissia bristal bristyl bristyn
brita britainy britanee britaney britani britania britanie britanni britanny britany britanya
briteny brithany brithney britiany britiney britini britiny britlee britley britlyn britnay
britne britnee britnei britney britni britnie britny britta brittainy brittane brittanee
brittaney brittani brittania brittanie brittanni brittannie brittanny brittany brittanya
brittanyann brittanye brittay britteney britteny brittiany brittina brittine brittinee brittiney
brittini brittinie brittiny brittish brittley brittlyn brittnae brittnay brittne brittnea
brittnee brittnei brittney brittni brittnie brittny brittnye brittony brittyn brityn britzel
britzy briuna briunna brixley briya briyah briyana briyanna briyelle briyona briyonna briza
brizeida brizeyda brizia brizza brocha brona bronda bronna bronte bronwen bronwyn bronwynn
brooke brookelin brookelle brookelyn brookelynn brookelynne brookie brooklan brooklee brookleigh
brooklen brookley brooklin brooklinn brooklyn brooklyne brooklynn brooklynne brooksie brucha
bruchy bruna brunella brunetta brunette brunilda brya bryah bryahna bryana bryanah bryanda
bryanna bryannah bryanne bryauna brycelyn brycelynn bryella bryelle bryla brylea brylee brylei
bryleigh bryli brylie brylinn brylynn bryna brynae brynda bryndle brynja brynlea brynlee brynlei
brynleigh brynley brynli brynlie brynly brynlyn brynlynn brynn brynna brynnan brynne brynnlee
brynnleigh brynnley brynnlie brynnly bryona bryonna bryony bryseida bryssa brystal brystol
brytani brytnee brytney brytni bryttani bryttany bryttney bryttni buelah buena buffey buffi
buffie buffy bula bulah buna bunni bunnie burgandy burgundy burlene burma burna burnadette
burnetta bushra busra byanca byanka byrdie caasi cabela cabella cabria cabrina cabrini cachet
caci cacie cacy cadance cadedra cadee cadesha cadey cadi cadia cadie cadience cadince cady
cadynce caedence caela caelee caeleigh caeley caeli caelie caelyn caelynn caera caffie cahterine
caia caiah caidance caidynce caila cailah cailee caileen caileigh cailey caili cailie cailin
cailley caily cailyn cailynn caira cairi cairra caisey caisley cait caitilin caitlain caitlan
caitland caitlen caitlin caitlinn caitlyn caitlyne caitlynn caitlynne caitrin caitriona caity
caiya caiyah cala calah calais calandra calandria calani calaya calayah caldonia calea caleah
caledonia calee caleen caleena caleesi calei caleigh caleigha calena calene calesha caleya
caleyah cali calia caliah caliana caliann calianna calianne calida calie caliegh california
calii calina calinda caliope calirose calisa calise calisha calisi calissa calista calixta
caliya caliyah calla calle callee calleen calleigh calley calli callia calliah calliana callie
callieann calliegh calliope callista callisto cally callyn callysta calvina caly calynn calypso
calyse calyssa calysta camala camaria camary camaryn camas camay camaya cambelle cambra cambre
cambrea cambree cambreigh cambrey cambri cambria cambrie cambry cameisha cameka camela camelia
camella camelle camellia camera camery camesha cameshia camey cami camia camiah camie camielle
camika camila camilah camile camilia camilla camillia camily camilya camira camisha camiya
camiyah cammi cammie cammy camora camorah camree camreigh camrey camri camrie camy camya camyah
camyia camyla camylle camyra camyrn cana canada canary canda candace candance candas candase
cande candece candee candela candelaria candence candi candia candiace candice candid candida
candie candies candina candis candise candiss candita candra candus candy candyce caneisha
canela canesha caneshia canice canisha caniya caniyah canna cantina cantrice caoilainn caoilinn
caoimhe capitola cappie capri capria capriana capricia caprina caprisha capucine cara carabella
caragan caragh carah caral caralee caralena caralina caraline caralyn caralynn caramia caran
cardelia caree careen careena careli carely caren carena carene caresa caress caressa caresse
caretha caretta cari caria cariah cariana cariann carianna carianne caridad carie carigan
carilyn carime carin carina carine carinna carinne caris carisa carisha carisma carissa carita
cariyah carizma carla carlasia carlea carleah carlean carlee carleen carleena carleene carlei
carleigh carlena carlene carlesha carleta carletha carlethia carlett carletta carlette carley
carli carlia carlicia carlina carlinda carline carling carlisa carlise carlisha carlisia
carlissa carlita carliyah carlota carlotta carloyn carly carlyann carlye carlyn carlyne carlynn
carlyon carlysia carlyssa carma carmaleta carmalita carmela carmelia carmelina carmeline
carmelita carmella carmelle carmellia carmencita carmenlita carmesha carmeshia carmilita
carmilla carmina carmindy carmisha carmita carmyn carneisha carnelia carnella carnesha carneshia
carnetta carnisha carnita caro carola carolan carolann carolanne carole caroleann carolee
caroleen caroleena carolena carolene carolie carolin carolina carolinda caroline caroljean
carolle carollee carollyn carollynn caroly carolyn carolyna carolyne carolynn carolynne caronda
carra carrah carre carreen carren carrera carri carriann carrianne carrie carrieann carrieanne
carrigan carrin carrina carrine carrisa carrissa carrole carrolyn carrye carshena carsynn cartha
cartina caryl caryle caryll carylon caryn carynn carys caryss caryssa casady casandra casara
casarah casaundra casee caselyn caselynn casha cashae cashay cashlyn cashlynn casi casia casidee
casidy casie casilda casimira casondra casonya cassadee cassadi cassadie cassanda cassandr
cassandra cassandre cassandria cassara cassaundra cassedy cassee cassi cassia cassiana cassidee
cassidey cassidi cassidie cassie cassiopeia cassiopia cassity cassondra cassundra cassy castella
casundra catalaya catalea cataleah cataleia catalena cataleya cataleyah catalia catalina catalya
catalyna catarina catasha cate cateleya catelin catelyn catelynn catera cateria caterin caterina
caterine caterra catha cathaleen cathaleya cathalina catharina catharine cathay cathe catheleen
cathelene catheline catherene catherin catherina catherine cathern catheryn catheryne cathey
cathi cathia cathie cathleen cathlene cathlin cathline cathlyn cathren cathrina cathrine cathryn
cathryne cathy cathyann cathye cathyjo cathyrn cati catia catiana catie catilin catilyn catina
catiria catisha catlyn catlynn catonya catori catrece catrena catrice catricia catrin catrina
catrinia catriona cattaleya cattleya caty cay caya caycee cayci caycie caydance caydee caydince
caye cayetana cayla caylah caylea caylee cayleen caylei cayleigh cayley cayli caylie caylin
caylyn caylynn caysie caytlin caytlyn cazandra ceaira ceairra ceana ceanna ceara cearia cearra
ceasia ceazia cebrina cece ceceila ceceilia cecelia cecelie cecely ceci cecia cecila cecile
cecilee ceciley cecilia cecilie cecille cecillia cecily cecilya ceclia cecy cecylia cedra cedria
cedriana cedrica cedricka ceiara ceil ceili ceilidh ceira ceirra cela celecia celena celene
celenia celes celese celest celesta celeste celestia celestial celestina celestine celia celica
celicia celida celie celin celina celinda celine celines celisa celise celissa celisse celita
cella cellestine celsa celsey celsie celyna cena cendy cenedra cenia ceniya ceniyah ceola ceonna
cera cerah ceren cerena cereniti cerenity ceretha ceri ceria ceriah cerina cerinity cerise
cerissa cerita ceriyah cerra cerria cerys cesia cesiah cesilia cesily cesley ceslie cetera ceyda
ceylin cezanne chabeli chabely chablis chadsity chaela chaeli chaelyn chaia chaille chailyn
chairty chaitra chakakhan chakara chakayla chakia chakira chakita chakyra chala chalanda chalea
chalee chalena chalene chalese chalet chaley chalice chalisa chalise chalonda chalsea chalsey
chalyn chamaine chamara chamari chameka chamere chamia chamika chamille chamiya champagne
champaigne champayne chamya chana chanae chanah chanay chanaya chanci chancie chanda chandal
chandani chandel chandell chandelle chandi chandice chandini chandni chandra chandre chandrea
chandria chandrika chandy chanea chanee chaneka chanel chanele chanell chanelle chanequa chanese
chanetta chanette chani chania chaniah chanice chanie chaniece chanika chanin chaniqua chanique
chanise chanita chaniya chaniyah chanley channa channah channel channell channelle channie
chanta chantae chantal chantale chantall chantalle chantavia chantay chante chantea chanteal
chantee chantel chantele chantell chantella chantelle chanteria chantey chanti chantia chantil
chantille chantilly chantina chantrell chantrice chanty chany chanya chanyah chaquana chaquetta
chaquita char chara charae charda chardae chardai charday charde chardonay chardonnay charee
chareese charell charelle charene charese charesse chari charia chariah charice charidy charie
charika charina charis charisa charise charish charisma chariss charissa charisse charita
charitee chariti charitie charito charity chariya chariyah charizma charla charlaine charlane
charlann charlanne charlayne charlcie charlea charlean charlee charleen charleene charlei
charleigh charlen charlena charlene charlesa charlese charlesetta charlesha charlesia
charlestine charlet charleta charletha charlett charletta charlette charli charlieann charliee
charliegh charliene charlii charlin charlina charlinda charline charlisa charlise charlisha
charlissa charlita charlize charlot charlott charlotta charlotte charlsey charlsie charlye
charlyn charlyne charlynn charlyse charlyze charm charma charmagne charmaigne charmain charmaine
charman charmane charmayne charmeka charmel charmell charmelle charmen charmian charmika charmin
charmine charmion charmon charna charnae charnay charne charnee charnel charnele charnell
charnelle charnese charnetta charnette charnice charniece charnika charnise charnisha charnissa
charnita charo charolett charolette charolotte charonda charquita charra charrie charrise
charrissa charrisse charryse charvi charyl charyn chasady chaselyn chaselynn chasey chasidy
chasitee chasiti chasitie chasitty chasity chaslyn chasmine chassidy chassie chassity chasta
chastelin chastelyn chastidy chastine chastity chasty chasya chatara chauna chaunda chaundra
chaunice chaunta chauntae chauntay chaunte chauntel chauntell chauntelle chauntia chava chavela
chavelle chavely chavi chavie chaviva chavone chavonne chavy chaya chayah chaye chayenne chayil
chayla chaylee chaylin chayna chazity chazlyn chazlynn chazmin chazmine chealsea chealsey
chealsie chealsy chedva cheena cheetara cheila chekesha chela chelan chelbi chelbie chelby
chelce chelcea chelcee chelcey chelci chelcie chelcy chele chelesa chelese chelesea chelisa
chelise chelita chella chelle chelli chellie chellsea chellsey chellsie chelly chelsa chelsae
chelsay chelse chelsea chelsee chelsei chelsey chelsi chelsia chelsie chelsy chelsye chely
chemeka chemere chemika chemise chena chenae chenay chenee chenel chenell chenelle chenequa
chenice chenika chenille cheniqua chenique chenise chenita cheniya chennel chenoa chenoah
chequita chera cherae cheral cheralyn cheramie cheray chere cherece cheree chereese chereka
cherell cherelle cherene cheresa cherese cheri cheria cherica cherice cheridan cherie cherika
cheril cherilyn cherilynn cherina cherine cheris cherisa cherise cherish cherissa cherisse
cherita cherith cherity cherl cherlene cherlin cherly cherlyn cherlynn chermaine cherolyn
cheronda cherre cherree cherrel cherrell cherrelle cherri cherrice cherrie cherril cherrill
cherrise cherrish cherrita cherron cherry cherryl chery cheryal cheryce cherye cheryel cheryl
cherylann cherylanne cheryle cherylee cherylene cherylin cheryll cherylle cheryllynn cheryln
cherylyn cherylynn cheryn cherysh chesa cheslea chesna chesnee chesni chesnie chessa chessica
chessie chestina chestine chetara chevella chevette chevi chevonne cheyan cheyana cheyane
cheyann cheyanna cheyanne cheyeanne cheyene cheyenna cheyenne cheyla cheylynn cheyna cheynne
cheyrl cheza chezney chiamaka chiana chiane chiann chianna chianne chianti chiara chicquita
chidimma chidinma chie chieko chiffon chihiro chikaima chikita chimamanda chimene chimera
chimere china chinara chinasa chinaza chinda chinelo chinenye chiniqua chinita chinmayi chinna
chinwe chinyere chioma chiquetta chiquita chiquitta chirstina chirstine chirsty chisa chistina
chistine chitara chitra chivon chivonne chiyoko chizara chizaram chloe chloeann chloeanne chloee
chloelynn chloemarie chloey chloi chloie chloris chole chonda chondra chonita chonte chontel
chrisa chrisandra chrisann chrisanna chrisanne chriselda chriselle chrisette chrisha chrishana
chrishanna chrishauna chrishawna chrishell chrishelle chrishonda chrisie chrislyn chrislynn
chrisma chrisoula chrissa chrissandra chrissey chrissi chrissie chrissy christa christabel
christabell christabella christabelle christal christalyn christalynn christana christanna
christasia christe christean christee christeen christeena christel christell christella
christelle christena christene christey christi christiana christiane christiann christianna
christianne christie christienne christina christinamarie christine christinea christinia
christinna christiona christionna christl christle christlyn christmas christna christne
christol christy christyana christyann christyanna christye christyl christyn christyna
christyne chrisy chritina chrstina chryl chrysa chrysanthemum chrysta chrystal chrystel chrysten
chrysti chrystie chrystin chrystina chrystine chrystle chundra chyan chyane chyann chyanna
chyanne chyenne chyla chylee chyna chynah chynna chyra chyrel chyrl chystal cia ciaira ciana
ciandra ciani cianna cianne cianni ciara ciarah ciarra ciarrah cicely cici cicilia cicily
ciclali ciclaly cicley cidnee cidney cieanna cieara ciearra ciela cielita ciella cielle cielo
ciena cienna ciera cierah cieria cierra cierrah cierria cigi ciin ciji cilia cilicia cimberly
cimone cina cinamon cinda cinde cindee cindel cinder cinderella cindi cindia cindie cindra cindy
cindylee cindylou cing ciniya ciniyah cinnamon cinthia cinthya cintia cintya cinzia ciona cionna
cipriana cira circe ciri ciria cirilla cirsten cissy citalli cithlaly citlali citlalic citlalli
citlally citlaly claira claire clairessa clairissa clara clarabel clarabell clarabella
clarabelle claramae clarann clare clarece clareen clarene claresa clarese claressa claretha
claretta claria claribel clarice clarie clariece clarinda clarine claris clarisa clarise
clarissa clarisse clarissia clarita clarity claritza clarivel clariza clarrisa clarrissa claryce
claryssa classie claudean claudeen claudelle claudene claudett claudetta claudette claudia
claudina claudine clayre clea cleda clela clelia clella clema clemencia clementina clementine
clemetine clemie cleola cleona cleone cleopatra cleora cleota cleotilde clera clerissa cleta
cletta cleva cliffie clinique clintona clintonia clio clista clo clodagh cloe cloee cloey cloie
cloma clora clorene cloria clorinda clorine cloris clorisa clorissa cloteal clotee clotiel
clotilda clotilde clover clovia clowie clyda clydean clydene clydette clydia clydie clydine
clytee clytie cniya cniyah cnythia coco cocoa coeta coetta colandra colee coleen coleene colena
colene coleta coletha coletta colette colinda coline colisha colita colleen colleena colleene
collene collett colletta collette collyns columba columbia comfort conception concetta
concettina concha conchetta conchita conda congetta coni conisha conita conleigh conna connee
conni connie connye consandra consepcion constance constancia constantina constanza consuela
consuella consuello consuelo conswella conswello contessa contina contrina conya cookie copelyn
copelynn cora corabelle corah coraima coral coralee coralei coraleigh coralia coralie coraline
coralyn coralyne coralynn corayma corazon cordasia cordelia cordella cordellia cordia corean
coreen coreena corena corene coretha coretta coriana coriann corianna corianne corielle corina
corinda corine corinn corinna corinne corinthia corionna corisa corissa corita corla corleen
corlene corlette corlis corneisha cornelia cornella cornellia cornesha corneshia cornetta
cornisha corniya corolyn corona coronda corra correen correna correne corretta corri corrina
corrine corrinn corrinna corrinne corrisa corrissa corryn corsica cortana cortasia cortina
cortlyn cortlynn cortne cortnee cortnei cortni cortnie cortny corvette coryn corynn corynne
cosandra cosetta cosette cosima cossette costella cotina cotrina coumba countess courney
courntey courtany courteney courteny courtlyn courtlynn courtnay courtne courtnee courtnei
courtni courtnie courtny coutney couture cozetta cozette creola crescent cresencia cresha cressa
cressida cressie cresta crestina creta cricket crickett crisanta criselda crislyn crislynn
crisol crissa crissi crissie crissy crista cristabel cristabella cristal cristalle cristel
cristela cristella cristelle cristen cristene cristi cristiana cristianna cristie cristin
cristina cristine cristle cristol cristy cristyn crucita cruzita crysal crysta crystal
crystalann crystale crystalee crystalin crystalina crystaline crystall crystalle crystallee
crystallynn crystalmarie crystalrose crystalyn crystalynn crystel crystelle crysten crysti
crystiana crystianna crystie crystin crystina crystle crystol crytal cuca curstin curtina
curtisa curtisha curtistine cutina cyana cyani cyann cyanna cyanne cyanni cyara cyarra cybele
cybil cybill cyd cydne cydnee cydnei cydney cydni cydnie cyenna cyera cyerra cyla cylah cylee
cyleigh cylie cylinda cymone cynai cynara cynda cyndal cynde cyndee cyndel cyndi cyndia cyndie
cyndle cyndra cyndy cynethia cynia cyniah cynitha cynithia cyniyah cynnamon cyntha cynthea
cynthia cynthie cynthina cynthis cynthya cyntia cyntoria cyra cyrah cyre cyrena cyrene cyriah
cyrilla cyrina cyrine cyrstal cystal cythia cythina cythnia cytlali cytlaly czarina daaiyah
daana daanya daarina dabria dacey dachelle daci dacia dacie dacy daedra daeja daejah daejanae
daelynn daena daenerys daesha daesia daffany daffne daffney dafina dafna dafne dafnee dafney
dafny dagmar dagny dahiana dahlia dahlila dahlya dahlyla dahna daiana daianna daicy daielle
daija daijah daijanae daijha daijia daila dailah dailany dailee daileen dailynn daina dainelle
daiona daionna daiquiri daira dairin dairy daisa daisee daisey daisha daishia daisi daisia
daisie daisja daissy daisy daisymae daiva daiya daiyana daiza daizah daizee daizha daizie daizy
daja dajae dajah dajahnae dajai dajana dajanae dajanai dajanay dajane dajanee dajanique daje
dajha dajia dajiah dajsha dajuana dakaria dakayla dakia dakira dakisha dakiya dakiyah daksha
dakyla dakyra dala dalaila dalaina dalal dalana dalaney dalani dalanie dalary dalasia dalay
dalaya dalayah dalayla dalayna dalaysha dalaysia dalayza daleah daleen daleena daleigh daleisa
daleiza dalena dalene dalesha daleth dalexa daleysa daleyssa daleyza dalia daliah daliana dalice
dalicia dalida dalila dalilah dalina dalinda dalis dalisa dalisha dalissa daliya daliyah daliza
dallana dallanara dalli dallie dally dallyce dallys dalma dalonda dalphine dalya dalyah dalyce
dalyla dalylah dama damali damara damariah damaris damariz damary damarys damaya damber dameisha
dameka dameria damesha dameshia dametra dametria damia damiah damiana damica damika damini
damira damisha damita damitra damiya damiyah damonica damonique damya damyah damyia damyiah
damyla damyra damyria danae danaejah danah danahi danai danaija danaijah danaisa danaisha
danaiya danaja danajah danajia danaka danalee danali danaly danalyn danalynn danamarie danara
danaria danasha danashia danasia danay danaya danayah danaye danayja danayla danaysha danaysia
danazia dandria danea danean danecia danee daneen daneesha daneille daneisha daneja daneka
danele daneli danelia danella danelle danelly danely danene danese danesha daneshia danessa
danetra danett danetta danette daneya dangela dania daniah danialle danica danice danicia
danicka daniela danieliz daniella danielle danielly daniely danielys daniesha danija danijah
danijela danika danikah danikka danilah danille danilyn danilynn danina danine daniqua danique
danira danisa danise danisha danishia danissa danita danitra danity danitza danixa daniya
daniyah daniyla daniylah danna dannae dannah dannelle dannett dannetta dannette danni dannia
dannica danniela danniele danniell danniella dannielle dannielynn dannika dannilynn dannisha
dannya dannyelle danuta danya danyah danyeal danyela danyele danyella danyelle danyetta danyia
danyiah danyiel danyka danyla danylah danyle danylle danysha daphane daphanie daphene daphine
daphna daphne daphnee daphney daphni daphnie daphny daphyne daquana daquisha daquita dara darah
daraly daralyn darbi darbie darcee darcella darcelle darcey darchelle darci darcia darcie darcus
dareen darelene darely darelyn darenda darene daresha dareth darhonda daria dariah dariana
dariane dariann darianna darianne darianny darica darice darie dariela dariella darielle
darielys dariene darienne darika darilyn darina darinda darinka dariona darionna darisha darissa
daritza dariya dariyah dariyana darla darlah darlane darlean darleen darleene darlen darlena
darlene darleny darleth darletta darlette darlina darlinda darline darling darlis darlisa
darlisha darlyn darlyne darlynn darlys darnae darneisha darnella darnesha darneshia darnetta
darnette darnice darnika darnise darnisha darnita darolyn daronda darothy darra darrah darrelyn
darria darriana darrianna darrica darricka darrielle darrilyn darriona darsey darsha darshae
darshana darshay darshell darsi dartha darthy darya daryah daryana daryanna daryla darylene
daryna dasha dashae dashai dashana dashanae dashanay dashanique dashanna dashanti dashara
dashauna dashawna dashayla dashea dashelle dashia dashiya dashley dashona dashonda dashonna
dasia dasiah dasie dasiya dasiyah dasja dasya datha datra daun dauna dava davana davanee davanna
davayah daveah daveda daveen daveena daveigh davelyn davena davene davesha davetta davette davia
daviana davianna davida davielle davina davinia davinity daviona davionna davisha davita davona
davonda davonna davyne dawana dawanda dawanna dawn dawna dawne dawnell dawnella dawnelle
dawnesha dawnetta dawnette dawniel dawnielle dawnisha dawnita dawnmarie dawnn dawnna dawnya
dawnyel dawnyell dawt daya dayah dayami dayamy dayana dayanara dayane dayani dayanira dayanis
dayanna dayannara dayanne dayanni dayany dayatra daycee dayelin dayja dayjah dayla daylah
daylani daylee dayleen daylene dayli daylia dayna daynah dayona dayonna dayra dayrin daysha
dayshia daysi daysia daysie daysy dayzee dayzha dayzia dazani dazaria dazariah dazha dazhane
dazia daziah dazie dazire daziya daziyah dazja dazjah dazsha dea deadra deadre deah deahna
deaira deairra deaisa deaisha deaja deajah deamber deana deanda deandria deanette deangel
deangela deani deania deanie deanine deann deanna deannah deanndra deanne deannie deanza deara
deardra dearia dearie dearra deasha deashia deasia deasiah deasya deatra deatrice deaun deauna
deaundria deaunna deavian deaysia deazia deb debanhi debany debar debara debarah debbe debbera
debbi debbie debbora debborah debbra debbrah debby debbye debe debera deberah debhora debi debie
deboah debony debora deborah deboraha deborahann deboran deborh deborha deboria deborra deborrah
debra debraann debrah debralee debria debriana debrina debroah debroh debroha deby decarla
december dechelle declynn dede dedee dedorah dedra dedre dedrea dedria deeana deeandra deeann
deeanna deeanne deeba deede deedee deedie deedra deedre deeksha deem deema deena deenna deepa
deepika deepti deerica deericka deethya deetra deetta deette deetya deeya defne dehlia deia
deianeira deianira deici deicy deidra deidre deidrea deija deijah deina deiona deiondra deionna
deira deirdra deirdre deisha deisi deissy deisy deitra deja dejae dejah dejahnae dejai dejana
dejanae dejanai dejanay dejane dejanee dejanique dejanira dejha dejia dejiah dejonae dejuana
dekayla dekeisha dekisha dela delacey delaila delailah delaina delainee delainey delaini
delainie delainy delana delanda delanee delaney delani delania delanie delanna delanny delany
delara delasia delayah delayla delaylah delayna delaynee delayni delaynie delaysia delayza
delberta delbra delcenia delcia delcie delcina delcine deleah delecia delee delena delene delenn
delesa delesha delesia deleta deletha deleyza delfina delia deliah deliana delicia delight
delila delilah deliliah delina delinah delinda delisa delise delisha delishia delisia delissa
delita deliyah deliza della dellah dellanira dellar delle dellene dellia dellie delmarie delmi
delmira delmy delois deloise deloma delona delonda delonna delora deloras delores delorese
deloria delorice delories deloris delorise deloros delorse deloyce delpha delphene delphia
delphina delphine delrae delrose delsa delsey delsie delsy delta delva delvina delyla delylah
delynda delynne dema demara demaya demecia demeisha demeka demekia demeria demesha demeshia
demetra demetria demetriana demetrica demi demia demiah demiana demica demie demii demika demira
demisha demita demitra demitria demiya demiyah demmi demonica demri demy demya demyah demyia
demyiah dena denae denah denai denaisha denaja denajah denaly denasha denashia denasia denay
denaya denaye denaysha denaysia denea denean deneane denease denece denecia denedra denee deneen
deneene deneice deneise deneisha deneka denelda denelle denene denese denesha deneshia denesia
denessa denetra denetria denetta denette denia deniah denica denice denicia deniece denielle
deniese deniesha denija denijah denika denille denina denine deniqua denique denisa denise
denisha denishia denisia denissa denisse denita denitra deniya deniyah denna dennette dennice
dennine dennise dennisha dennisse denora denya denyce denyel denyla denylah denyse deola
deolinda deona deondria deoni deonica deonka deonna deosha dequana dequita der dera dereka
derenda dereona dereonna deresa deretha derhonda deri deriah deriana derianna derica dericka
derika derinda deriona derionna derisha derita deriyah deronda derotha derra derri derriana
derrianna derrica derricka derrika derriona derrisha derya desa desarae desarai desaray desare
desarea desaree desarie desdemona desera deserae deserai deseray desere deserea deseree deseri
deserie desha deshala deshana deshanae deshanda deshanna deshanta deshanti deshara deshauna
deshaunda deshawna deshawnda deshayla deshia deshona deshonda deshondra deshonna deshunda
deshundra desia desira desirae desirai desiray desiraye desire desirea desiree desirey desirie
desirre desiyah deslyn deslynn desma desmarie despina desra desrae desree dessa dessence dessie
dessirae dessire dessiree desta destane destanee destaney destani destanie destany destenee
desteney desteni destenie desteny destina destinae destinee destiney destini destinie destinii
destinny destiny destinye destoni destony destyne destynee destyni destynie desyre desyree detra
detria detrice detta dette deva devaeh devanee devaney devani devanie devanna devanne devanny
devanshi devany develyn deveney deveny devera devetta devette devi devida devie devika devina
devinity devinne devita devlynn devoiry devona devonda devondra devonia devonna devony devonya
devora devorah devoria devory devota devra devri devyani devynne dewana dewanda dewanna deya
deyana deyanara deyaneira deyani deyanira deyanna deyci deyja deyjah deyla deylani deyna deyona
deyonna deyra deysha deysi deysy dezarae dezarai dezaray dezare dezaree dezaria dezariah dezera
dezerae dezeray dezerea dezeree dezha dezhane deziah dezirae deziray dezire dezirea deziree
deziya deziyah dezlyn dezlynn dezmariah dezmarie dezra dezrae deztinee deztiny dezyrae dezyre
dhalia dhamar dhana dhanvi dhanya dhara dharma dhiya dhrithi dhriti dhruti dhruvi dhvani dhwani
dhyana dhyani diahann diahanna diahn diaja diala diamantina diamon diamonde diamondnique
diamonds diamone diamonique dian diana dianah dianara dianca diandra diandrea diandria diane
dianelis dianelly dianely dianelys dianette dianey diani diania dianira diann dianna diannah
dianne diannia diannie dianny diantha diany diara diasha diasia diavian dibbie dicie dicksie
dicy didi diedra diedre diella diera dierdra dierdre dierra diesha dietra digna dijana dijonay
diksha dilana dilara dilcia dilia dillie dillynn dilma dim dimitra dimitria dimond dimonique
dimple dina dinah dinamarie dinara dineen dinesha dinetta dinia dinisha dinita dinna dinora
dinorah diona diondra diondria dionicia dionisia dionna dionne dionysia diora diore dioselin
dioselina disa disaya disha disney ditya diva divina divinity divisha divya dixi dixie dixielee
diya diyana diyora djeneba djuana djuna dkayla dlisa dlorah dlyla dlynn dmaya dmia dmiya dmiyah
dmya dnae dnasia dnia dniya dniyah dnya dnyla dnylah doaa docia doddie dodi dodie dody doha dola
dolce doll dollene dollie dollinda dolline dolly dollye dolora doloras dolores dolories doloris
doloros domenica dominga domini dominica dominika dominiqua dominisha domino domita domitila
dona donae donalda donalee donalyn donasia donata donatella doncella donda dondra dondria
donecia doneen doneisha donelda donella donene donesha doneshia doneta donetta donette doneva
donia donica donice donicia doniece donielle doniesha donika doniqua donise donisha donita donja
donna donnabelle donnae donnah donnajean donnalee donnalyn donnalynn donnamae donnamaria
donnamarie donnarae donneisha donnella donnesha donneshia donnetta donnette donni donnia donnica
donnice donnielle donniesha donnika donnise donnisha donnita dontasia donyelle donyetta donzella
donzetta dora doraine doralee doralene doralyn dorann doranne dorathea dorathy dorca dorcas
dorcus dorea doreatha doree doreen doreena doreene dorella dorena dorenda dorene doresa doretha
dorethea dorethia doretta dorette dori doria doriana doriane doriann dorianna dorianne dorice
dorie dorina dorinda dorine dorinne doris dorisa dorisann dorise dorismar dorissa doristine
dorit dorita doritha dorla dorleen dorlene dorlis dorlisa dorma dorna dorota dorotea dorotha
dorothe dorothea dorothee dorothey dorothia dorothie dorothy dorothyann dorothye dorraine
dorreen dorrene dorri dorrie dorrine dorsa dortha dorthea dorthey dorthia dorthie dorthy doryce
dosha doshia doshie dot dotsie dotsy dotti dottie dotty dottye dounia dove dovie doylene draizy
draya drayah drea dreah dreama dreana dreanna dreena drema drena drenda dreonna dreya dreyah
driana drianna drina drinda drisana drishti drishya drita druann druanne drucella drucilla
druscilla drusilla dshanti dua duaa duana duanna duchess duha dulce dulcemaria dulcey dulcie
dulcinea dulcy dulse dunia dunya dura durenda durene durga durinda duru duska dustee dusti
dustie dustina dutchess duyen dvora dwana dwanda dwanna dwayna dyamon dyamond dyan dyana dyanara
dyandra dyane dyani dyann dyanna dyanne dyanni dyasia dyemond dyesha dylana dylanie dylilah
dylynn dymin dymond dymone dymphna dyna dynah dynasia dynastee dynasti dynastie dynasty dyneisha
dynesha dyneshia dynesty dynette dynisha dynisty dynver dyonna dystany dystiny dyuthi dziyah
dzyre eanna eara earica earla earlean earleen earlena earlene earline earlisha earlyn earlyne
earma earnesteen earnestene earnestine earnstine earsie eartha easter eastynn eathel eather
eavan ebany ebba ebecca ebelia ebelin ebelyn ebone ebonee eboney eboni ebonie ebonique ebonne
ebony ebonye ebunoluwa ece echo ecrin eda edana edda eddye edee edelia edelin edeline edelmira
edelyn edelynn edena edessa edie edilia edina edit edita edith editha edithe edla edlin edlyn
edmonia edna ednamae ednita edom edona edra edrena edriana edrie edrina eduarda edwardine edwena
edwina edwinna edwyna edye edynn edyth edythe eesha eeva eevee eevie effie effy efrat efrata
efthimia ehlana eibhlin eiko eila eilah eilee eileen eileena eileene eilene eiley eiliana eilidh
eilis eilish eiliyah eilleen eilley eily eilyn eilzabeth eiman eimi eimy eira eireann eirene
eisha eislee eisley eiza eizabeth eja ekaterina ekaterini ekram ekta ela eladia elaena elaf elah
elaijah elain elaina elainah elaine elainea elainey elainie elainna elaisha elaiza elajah elana
elanah elanda elandra elane elani elania elanie elanna elanor elanora elanore elantra elany
elara elaria elasha elasia elaura elaya elayah elayjah elayna elaynah elayne elaysha elaysia
elba elberta elbia elbony elcie elda eldana eldena eldene eldine eldonna eldora eldoris elea
eleah eleana eleanna eleanor eleanora eleanore elease eleasha elecia electa electra eleen eleena
eleesha eleftheria eleina eleisha elektra elen elena elene eleni elenie elenita elenna elenor
elenora elenore eleny eleonor eleonora eleonore eleora eleri elesa elese elesha eleshia elesia
eletha elexa elexcia elexia elexis elexius elexus elexys eleyna elfida elfreda elfreida elfrida
elfrieda elfriede elga eliabeth eliahna eliana elianah eliane eliani elianie elianis elianna
eliannah elianne elianni elianny eliany elianys elibeth elica elice elicia elida elide elideth
elidia elienai eliese eliette elif elika elin elina elinda eline elinor elinora elinore eliona
eliora eliotte elira elisa elisabel elisabella elisabet elisabeth elisabetta elisama elisandra
elisavet elise elisea elisebeth elisheba elisheva elishia elisia eliska elissa elisse elissia
elita elivia eliyana eliyanah eliyanna eliz eliza elizabeht elizabella elizabelle elizabet
elizabeth elizabethann elizabethanne elizabethmarie elizabth elizandra elizaveta elizbeth elize
elizebath elizebeth elizet elizeth elizette elizibeth elizza elka elke elky ella ellagrace ellah
ellaina ellaine ellajane ellakate ellamae ellamarie ellamay ellan ellana ellanie ellanor
ellanora ellanore ellar ellarae ellaree ellarie ellarose ellary ellason ellasyn ellawyn ellayna
elle ellea elleah ellean elleana elleanna elleanor ellee elleen elleigh ellen ellena ellender
ellene elleni ellenie ellenmarie ellenor ellenora ellenore eller ellerie ellese ellesse ellesyn
ellexis elley elli ellia elliah elliahna elliana ellianah ellianna elliannah ellianne ellice
ellicia ellie ellieana ellieann ellieanna elliemae elliemay ellierose elliet elliett elliette
ellin ellina ellinor ellinore elliona ellionna ellisa ellise ellisen ellisha ellissa ellisyn
elliyah elliyana ellizabeth elloise ellon ellora elloree ellorie ellory ellouise ellowyn ellsie
elly ellyana ellyanna ellyce ellyette ellyn ellyott ellysa ellyse ellysia ellyson ellyssa elma
elmarie elmina elmira elmyra elna elner elnita elnor elnora elnore elnoria elodia elodie elody
eloina elois eloisa eloise eloiza elona elonda eloni elonna elora elorah elouise elowen elowyn
eloyce elpidia elsa elsbeth else elsey elsha elsi elsia elsie elspeth elsy elta elva elvena
elvenia elvera elveria elverna elverta elveta elvia elvina elvira elwanda elyana elyanah elyanna
elyce elycia elyn elyna elynn elynor elysa elysabeth elyse elysha elyshia elysia elyssa elysse
elyssia elyza elyzabeth elyzah elzabeth elzada elzena elzina elzora ema emaan emagene emah
emahni emalea emalee emaleigh emaley emali emalia emalie emalin emalina emaline emaly emalyn
emalynn emanda emanie emanii emanuela emanuella emanuelly emara emaree emaria emariah emarie
emarosa emary emaya ember emberlee emberleigh emberley emberli emberlie emberlin emberly
emberlyn emberlynn embree embrey embrie embyr eme emelda emelee emeli emelia emelie emelin
emelina emelinda emeline emelly emely emelyn emelynn emera emerald emeraude emercyn emeree emeri
emerie emerita emerlee emerly emerlyn emersyn emersynn emese emi emia emiah emie emika emiko
emila emilce emilea emileah emilee emileigh emilene emiley emili emilia emiliah emiliana
emilianna emilie emilija emilina emiline emiliya emillee emillia emillie emilly emilse emily
emilya emilyann emilyanne emilye emilyelizabeth emilygrace emilymarie emilyn emilynn emilyrose
emina emine emira emiree emireth emiri emiya emiyah emlyn emma emmabelle emmaclaire emmagene
emmagrace emmah emmajane emmajean emmajo emmakate emmalea emmaleah emmalee emmalei emmaleigh
emmalena emmalene emmaley emmali emmalia emmalie emmalin emmalina emmaline emmalise emmalou
emmaly emmalyn emmalyne emmalynn emmalynne emmamae emmamarie emmani emmanuela emmanuella emmarae
emmaree emmarie emmarose emmary emmasophia emme emmee emmelia emmelina emmeline emmely emmelyn
emmelynn emmer emmerie emmersen emmersyn emmery emmi emmie emmilee emmilia emmily emmilyn
emmilynn emmogene emmory emmrie emmry emmy emmylou emnet emogene emonee emonie emonii emonni
emonnie emony emoree emorie empress empriss emree emrie emryn emslee emsley emuna emunah emy
emya emyah emyia emyiah emylee emyli emylia emylie emyly ena enas enaya enda endea endia endiya
endiyah endora endya enedelia enedina eneida enessa engie engracia enia eniah enid enijah enisa
enisha eniya eniyah enjoli enma enna ennifer enola enora enrica enrika enriqueta enslee ensley
enslie envi envy enya enyah enyla enza enzley eola eowyn ephrata epifania epiphany eponine
equilla era erabella eraina eralynn erandi erandy ercia ercilia erdine ereka erendida erendira
eretria eria eriah erial eriana eriane erianna erianne erica ericah ericca ericha ericia ericka
erielle erienne erika erikah erikka eriko erilyn erilynn erin erina erinn erinne eriona erionna
erisa erisha eriyah eriyana eriyanna eriyonna erla erleen erlene erlinda erline erma ermalene
ermalinda ermelinda ermila ermina erminia erna ernell ernesha ernesta ernesteen ernestene
ernestina ernestine ernisha errica erricka errika erryn ersie ersilia ersula ertha erum erva
eryana eryanna eryca eryka erykah eryn erynn erynne esabella esabelle esbeidy esbeydi escarlet
esha eshaal eshal eshana eshani eshe eshika esly esma esmae esmarie esmay esme esmee esmeralda
esmeraldo esmerelda esmi esmie esmirna esparanza esperansa esperanza esra esraa essance essence
essense essica essie essynce esta estafani estalee estalene estee estefana estefani estefania
estefanie estefanny estefany esteffany estela estelene estelita estella estelle estephani
estephania estephanie estephany ester estera esterlene esthefany esthela esther esti estie
estrella estrellita estreya esty esveidy etana eternity etha ethel ethelda ethelean etheleen
ethelene etheline ethell ethelmae ethelyn ethelyne etherine ethlyn ethne ethyl ethylene etna
etoile etosha etoy etoya etrulia etta ettel etter ettie etty eudelia eudora eufemia eugena
eugenia eugenie eugina eula eulah eulala eulalia eulalie eulanda eular eulene euline eulla
eulonda eun euna eunice eunique eunise euphemia eura eureka euretha eurika eurydice eusebia
eustacia eustolia eutha eva evadne evagelia evah evalee evaleen evaleigh evalena evalene
evalette evalie evalin evalina evaline evalise evalisse evaluna evaly evalyn evalyna evalyne
evalynn evalynne evalyse evamae evamaria evamarie evana evanee evanell evangaline evangela
evangelene evangelia evangelin evangelina evangeline evangelyn evangelyne evangelynn evangline
evani evania evanie evanjelina evanna evanne evannie evanny evanthia evany evarose evaya eve
evea evee evelean eveleen eveleigh evelen evelena evelene evelett evelette evelia evelin evelina
eveline evelise evelisse evella evellyn evely evelyna evelyne evelynn evelynne evelynrose eveny
everlea everlean everlee everleigh everlena everlene everley everli everlie everlina everline
everly everlyn everlynn evett evetta evette evey evgenia evi evia eviana evianna evie evienne
evita evlyn evlynn evoleht evolet evoleth evolett evolette evona evonda evone evoni evonna
evonne evony evora evva evvie evy evynn evynne ewa ewelina exa exie eyana eyanna eydie eyla
eyleen eylin eymi eyonna eyva eyvette eyvonne ezabella ezaria ezella ezinne ezmae ezme ezmeralda
ezmerelda ezrie faatima faatimah fabiana fabianna fabienne fabiha fabiola fable fabrienne fadia
faduma fadumo fae faelyn faelynn fahima fahmida faiga faige faigy faina fairy faisa faith
faithann faithanne faithe faithful faithlyn faithlynn faithmarie faiza faizah fajr falak falan
falana falecia falen falesha falicia falicity falin falina faline falisa falisha fallan fallen
fallon fallyn fallynn falon falyn falynn fanchon fancy fani fania fanisha fanita fannie fanny
fannye fanta fantasha fantashia fantasia fantasy fany fanya fara farah fardowsa fareeda fareedah
fareeha faren farha farhana farheen farhiya faria farida fariha farm farnaz farra farrah farran
farryn fartun faryal faryn farzana farzona fatema fatemah fatemeh faten fathia fathima fatiha
fatim fatima fatimah fatimata fatimatou fatimazahra fatime fatina fatisha fatma fatmata fatme
fatou fatoumata fatoumatta fatuma fatumata faun fauna faustina faustine faven faviana faviola
fawn fawna fawnda fawne faydra faye fayelynn fayetta faylene faylinn faylynn fayola fayrene
fayth faythe fe feather febe federica fedora fedra feiga feige feigy felcia felechia felecia
felecity feleica felesha feleshia felesia felica felicha felichia felicia feliciana felicidad
felicie felicita felicitas felicite feliciti felicity felina felipa felisa felise felisha
felishia felisia felissa felita feliza female fendi fenet fenna feona fergie fermina fern
fernanda fernande ferne ferol ferrah feven fey fia fiana fianna fidela fidelia fierra fifi
fikisha filicia filippa filomena filza fina finleigh finnleigh finola fion fiona fionna
fionnuala fiora fiorela fiorella firdaus fiza fizza flannery flavia flecia fleda fleeta fleta
fleur fleurette flo floella floetta flonnie flor flora florabelle floraine florance flordia
florean floree floreen florella florena florence florencia florenda florene florentina
florentine florestine floretta florette floria florice florida floridalma florie floriene
florina florinda florine floris florita florrie flossie flower floyce floye folasade folashade
fonda fontella forestine formeka forrestine fortunata fotini fradel frady fraida fraidy franca
francee franceen francelia francella francely francena francene francenia frances francesa
francesca franceska francess francessca francetta franchelle franchesca francheska franchester
franchon franci francia francie francies francile francille francina francine francisca
francoise francy francyne frani frankee frankye frann frannie franny franshesca fransheska
fransisca frantasia franziska françoise fraya frayda freada freda fredda freddye frederica
fredericka frederika fredia fredna fredonia fredrica fredricka fredrika freeda freida freja
freya freyah freyja frida frieda frimet frimy fritzi fritzie frona fronia fronie fronnie fruma
fryda fumiko fynlee fynleigh fynley gabbanelli gabbi gabbie gabbriel gabbriella gabbrielle gabby
gabi gabija gabreilla gabreille gabrella gabrelle gabriana gabrianna gabriela gabriella
gabriellah gabrielle gabriellia gabrielly gabrille gabryela gabryella gabryelle gaby gae gaea
gaelle gaelyn gaetana gai gaia gail gaila gaile gailene gailya gailyn gala galadriel galena
galene gali galia galiana galilea galileah galilee galina galit galiyah galya galylea ganiyah
gao gaonou gara garda gardenia gargi garielle garima garla garlene garnetta garnette gatha gauri
gavriela gavriella gavrielle gaya gayane gayann gayanne gayathri gayatri gaye gayl gayla gaylee
gayleen gaylene gaylia gaylyn gaylynn gayna gaynel gaynell gaynelle gaytha gazelle geana
geanette geanie geanine geanna geannie gearldean gearldene gearldine gearlene gearline geena
geet geeta geethika geetika geisha gelena gelene gelila gelina gelinda gelisa gelissa gelsey gem
gema gemma gena genae genasis genavee genaveve genavie genavieve genavive genay genaya genea
geneal genean genecis genee geneen geneice geneieve geneive genelda genell genella genelle
genene generra genesa genese genesee genesi genesia genesis genesiss genessa genessis genessy
genesy genesys genet genetha genetta genette geneva geneve geneveive genever genevia genevie
genevieve genevive genevra genevy geni genia geniah genice genie geniece geniel geniene genieva
genieve genifer genine genise genises genisha genisis genita geniva geniya geniyah genna
gennavieve gennell gennesis gennett gennetta gennette genni gennifer genny genoa genola genora
genova genoveva gentri gentrie genysis geonna georga georgana georgann georganna georganne
georgean georgeana georgeann georgeanna georgeanne georgeen georgena georgene georgenia
georgetta georgette georgia georgian georgiana georgiann georgianna georgianne georgina georgine
georginia georjean geovana geovanna gera geralda geraldean geraldene geraldin geraldina
geraldine geraldy geraldyn geraldyne geralene geraline geralyn geralynn gerarda gerardette
gerardine gerda gerene geri geriann gerianne gerica gerilyn gerilynn gerldine gerlean gerlene
gerline germani geroldine gerre gerri gerriann gerrianne gerrica gerrie gerrilyn gertha gertie
gertrude gertude geselle gesenia gesselle gessica gethsemane getsemani gezelle ghada ghadeer
ghala ghalia ghazal ghia ghina ghislaine ghita gia giabella giada giah giahna giamarie giana
gianah gianella gianelle gianina gianna giannah giannamarie gianne giannie giannina giara
giavana giavanna giavonna gicela gicelle gidget gift gifty gigi gihanna gila gilberta gilberte
gilda gili giliana gillermina gillian gillianne gilma gimena gina ginamarie ginelle ginessa
ginette ginevra ginger gini ginia ginna ginnette ginni ginnie ginnifer ginny gioia giona gionna
giordana giorgia giovana giovanna girl girlie girtha girtie gisel gisela gisele gisell gisella
giselle gissel gissela gissele gissell gissella gisselle gita gitanjali gitel gittel gitty
gitzel giulia giuliana giulianna giulietta giuliette giulliana giuseppina gizel gizele gizell
gizella gizelle gizzel gizzelle glada gladene gladie gladies gladine gladiola gladis glady
gladyce gladys glanda gleda glee glema glena glenda glendaly glendene glender glendi glendia
glendine glendola glendolyn glendora glendoria glendoris glendy glenetta glenette glenice
glenisha glenita glenna glennda glennetta glennette glennice glennisha glennys glenola glenora
glenyce glenys glinda glora glori gloria gloriajean glorian gloriana gloriann glorianna
glorianne gloribel glorie glorietta glorimar glorine glorious gloris gloristine glory glorya
glossie glynda glynis glynna glynnis goddess gohar gola golda goldia goldie goldy gopi gordana
goretti gorgeous gowri grabiela grabriela grace graceann graceanna graceanne gracee graceland
gracelee graceleigh gracelin gracelyn gracelynn gracelynne gracemarie gracey graceyn graci
gracia graciana gracianna gracie gracieann graciela graciella gracielynn graciemae gracilyn
gracious graclyn graclynn gracy gracye gracyn gracynn graelyn grainne grasiela gratia graviela
grayce graycee grayci graycie graylee grazia graziella grecia gredmarie greenlee greenleigh
greenley greenly gregoria greidis greidy greidys greisy grenda gresia greta gretchan gretchen
gretchin gretchyn grete gretel grethel gretta grettel grettell greydis gricel gricelda grindl
grisel grisela griselda grisell griselle grishma grissel grizel grizelda guadelupe gudelia
gudrun guelda guenevere guerline guiliana guilianna guillermina guinevere guiselle guliana
gulianna guneet gurbani gurleen gurneet gurseerat gurtha gusta gustava gustavia guyla guylene
guynell gwen gwena gwenda gwendalyn gwendalynn gwendell gwendelyn gwendloyn gwendlyn gwendlyon
gwendola gwendolen gwendolin gwendoline gwendolyn gwendolyne gwendolynn gwendolynne gwendy
gweneth gwenetta gwenette gwenevere gwenith gwenivere gwenlyn gwenn gwenna gwenneth gwennette
gwennyth gwenyth gwinda gwynda gwyndolyn gwyneth gwynevere gwynne gwynneth gyanna gypsy gyselle
gyzelle haadiya haani haasini habiba habibah haby hadar hadara hadas hadasa hadasah hadasha
hadassa hadassah haddie haddy hade hadeel hadelyn hadessah hadia hadiya hadiyah hadiyyah hadja
hadlea hadlee hadlei hadleigh hadli hadlie hadlyn hae haelee haeleigh haeley haeli haelie haely
haelyn haelynn haeun haevyn hafeezah hafsa hafsah hagar haide haidee haidi haidy haidynn haifa
haila hailea hailee hailei haileigh hailey haileyann haili hailie haille haillee hailley haillie
hailly hailo haily hailyn hailynn haislee haisley haivyn haizel haizlee haizley haja hajar hajer
hajira hajra hajrah hala halah halaina halana halaya halayah halayna halea haleah halee haleema
haleemah halei haleigh haleigha halena haley haleyann hali halia halie haliee haliegh haliey
halima halimah halimatou halimo halina haliyah halla halle hallee halleigh hallel hallelujah
halley halli hallie hally hallye halona haly halyn halynn hamda hamida hamna hamnah hamsika
hamsini hana hanaa hanaan hanadi hanae hanah hanako hanalei haneefah haneen hang hanh hania
haniah hanifa hanifah hanin haniya haniyah haniyyah hanna hannah hannahgrace hannahlee
hannahmarie hannahrose hannalee hanne hannelore hanni hannia hanny hannya hansika hansini hanya
happiness hara hareem harika harini harla harlea harlean harleen harlei harleigh harlene
harlequin harleyann harleyquinn harli harloe harlowe harlynn harmani harmanie harmone harmonee
harmoney harmoni harmonie harmoniee harmonii harmony harneet haroldine harolyn harriet harriett
harrietta harriette harryette harseerat harshika harshini harshita harshitha hartlee hartleigh
hartlyn hartlynn haruka haruko harumi haruna harvetta hasana haset hasina hasini hasmik hasna
hassana hasset hassie hasti hatice hatley hatti hattie hattye haunani hava havah havana havanah
havanna havannah havilah havisha havynn hawa hawi hawo hawra hawraa hawwa haya hayat hayde
haydee hayla hayle haylea haylee hayleen haylei hayleigh hayley hayli haylie hayliegh haylin
haylo hayly haylyn haylynn hayslee hayvin hayvn hayzel hayzlee hazel hazelee hazelene hazelgrace
hazeline hazell hazelle hazely hazelyn hazelynn hazle hazlee hazleigh hazley hazyl hazzel healy
heartly heater heather heatherann heatherly heathr heavan heaven heavenlee heavenleigh heavenli
heavenly heavenlyjoy heavin heavyn heavynn heba hebah hebe hedaya hedda heddy hedi hedwig hedy
heela heena heer heide heidee heidemarie heidi heidie heidy heike heiley heily heilyn heiress
helaina helaine helana helane helayna helayne heldana heleena helem helen helena helenann helene
helenna helga helia heliana helin helina hellen hellena hellon helma heloise helon helyn hema
hena henchy hend hendel hendy henessy henlee henleigh henli henlie henna hennessey hennessy
hennesy hennie henny henretta henrietta henriette henrine henritta henryetta henslee henya
henzley hephzibah hera heran herberta herlinda herma hermela hermelinda hermenia hermila hermina
hermine herminia hermione hertha hesper hessie hester hetal hether hettie hetty hetvi heven
hevin hevyn hewan heydi heydy heylee heyli heylin hiba hibah hibba hibo hidaya hidayah hideko
hidi hidie hiedi hifza hiilani hiilei hikari hikma hila hilaree hilari hilaria hilarie hilda
hilde hildegard hildegarde hildy hiley hiliana hiliary hilinai hillari hillarie hillary hilliary
hilma hima himani hina hinako hinata hind hinda hindy hinley hira hiral hiroko hiromi hiromy
hisako hitomi hiya hlee hli hoda hodan hodaya hokulani holiday holle hollee holleigh hollen
holley holli holliann hollianne holliday hollie hollin holly hollyann hollyanne hollye hollyn
hollynn holy honestee honesti honestie honestii honesty honey honi honoka honora honore hoor
hoorain hooria hooriya hope hopelyn hopelynn hopie horizon hortence hortencia hortense hortensia
hosanna houda hristina huberta huda hui hulda huldah huma humaira humna huntleigh huong husna
huyen hyacinth hydee hydeia hydia hydie hye hyla hylee hynlee hypatia ia iaisha iana ianna
iantha ianthe iara iasha iasia ibet ibeth ibtisam iceis icela icelyn icelynn icesis icess icey
ichelle icie icis icy icyss ida idabelle idalee idali idalia idalie idalis idaliz idaly idalys
idamae idania idara idelia idell idella idelle idil idolina idona idonna idy ieasha ieesha
ieisha iesha ieshea ieshia ieva ife ifeoma iffany ifra ifrah ifunanya ignacia iiesha iisha
ijanae ijeoma ikea ikeia ikeisha ikeria ikesha ikeshia ikeya ikhlas ikia ikisha ikran ila ilah
ilaina ilaisaane ilamae ilana ilani ilanna ilany ilaria ilayda ilayna ilce ilda ildiko ilea
ileah ilean ileana ileane ileanna ilee ileen ileene ileigh ilena ilene ileta ilham iliana iliani
ilianna iliany ilicia ilima ilina iline ilisa ilise ilisha ilissa ilithyia iliyah iliyana iliza
ilka illa illana illeana illene illiana illianna illona illyana illyanna illyria ilma ilona ilsa
ilse ily ilyana ilyanna ilyn ilynn ilyse ilyssa ilze ima imagen imagene imagin imagine imahni
imajean imalay imane imanee imani imanie imanii imanni imara imaya imberly imelda imo imogean
imogen imogene imojean imoni imonie imunique imya ina inaara inaaya inaayah inanna inara inari
inas inaya inayah inda indea indee indeya indi india indiah indianna indica indika indira indiya
indiyah indonesia indria indya indyah indyia inell inesha ineshia inessa ineta inetha inetta
inette inez ineze infiniti infinity inga inge ingeborg inger ingra ingri ingrid ingris inika
inis inisha inita iniya iniyah inmaculada inna innocence inocencia insha insiya insiyah intisar
inza ioana ioanna iola iolana iolani ioma iona ione ionia ionna ipek iqra iracema iraida iraima
irais irania irasema iratze irean ireana ireanna iree irelan ireland irelyn irelynd irelynn
irelynne irem irena irene ireri iresha ireta iretha iretta irha iria iriana irianna iridessa
iridian iridiana iriel irielle irihanna irina irine irini iris irisa irisha irissa irlanda
irlene irma irmalinda irmgard irulan irva irys isabeau isabel isabela isabele isabell isabella
isabellagrace isabellah isabellamarie isabellarose isabelle isabelly isadora isaly isamar
isamary isata isatou isatu isaura isavel isbella isebella isel isela isella iselle isha ishana
ishani ishanvi ishara ishia ishika ishita ishitha ishrat isidora isidra isioma isis isiss isla
islah island islay ismahan ismari ismelda ismenia ismerai isobel isobella isobelle isola isolde
isolina isra israa israella israelle issabela issabella issabelle issamar issis issys isys isyss
iszabella ita italee itali italia italy italya itati itaty itcel ithzel itsel itta itxel itza
itzabella itzamar itzamara itzayana itzayani itzayanna itzel itzell itzelle itzia itzy iva
ivadell ivah ivalee ivalene ivana ivanell ivania ivanka ivanna ivannah ivannia ivee ivelis
ivelise ivelisse iveliz ivet iveth ivett ivette ivi iviana ivianna ivie iviona ivionna ivona
ivone ivonna ivonne ivoree ivori ivorie ivy ivyana ivyanna ivylynn ivyona ivyonna ivyrose
iwalani iwona ixchel ixel iya iyah iyahna iyana iyanah iyani iyania iyanla iyanna iyannah iyanni
iyari iyauna iyesha iyla iylah iylee iyona iyonia iyonna iyonnah iysha iysis iza izabel izabela
izabell izabella izabellah izabelle izadora izamar izamary izaria izariah izebella izela izella
izellah izelle izetta izibella izma izola izora izsabella izumi izza izzabel izzabell izzabella
izzabelle izzah izzi izzibella izzie jaala jaalah jaaliyah jaana jaanai jaanvi jaasia jabrea
jabreia jabria jabriah jacalyn jacalynn jacara jacaria jacarra jacayla jacci jacee jacelle
jacelyn jacelynn jacenta jachelle jaci jacia jaciana jacie jacilyn jacinda jacinta jacintha
jackaline jackalyn jackalynn jackee jackelin jackeline jackelyn jackelyne jackelynn jacki
jackilyn jackleen jacklene jacklin jackline jacklyn jacklyne jacklynn jacklynne jackolyn
jackquelin jackqueline jackquelyn jackquline jackqulyn jackye jacleen jaclene jaclin jaclyn
jaclyne jaclynn jaclynne jacoba jacole jacolyn jacora jacoria jacoya jacqeline jacqline jacqlyn
jacqlynn jacqua jacqualin jacqualine jacqualyn jacqualynn jacquana jacqueleen jacquelene
jacqueli jacquelin jacquelina jacqueline jacquelinne jacquella jacquely jacquelyn jacquelyne
jacquelynn jacquelynne jacquenette jacquetta jacquette jacqui jacquia jacquie jacquiline
jacquilyn jacquita jacqulene jacqulin jacquline jacqulyn jacqulyne jacqulynn jaculin jacyln
jacynda jada jadae jadah jadaisha jadalee jadalise jadalyn jadalynn jadamarie jadasia jadaya
jadayah jadda jadea jadee jadelin jadeline jadelyn jadelynn jadene jadesola jadey jadi jadia
jadine jadira jadlyn jadora jady jadzia jaeana jaeanna jaeda jaedah jaela jaelah jaelani jaeleah
jaelee jaeleen jaeleigh jaelene jaeley jaeli jaeliana jaelianna jaelie jaeline jaella jaelle
jaely jaelyne jaelynn jaelynne jaemarie jaemi jaena jaeonna jaesha jahaira jahanna jahara
jahayra jahida jahira jahkayla jahla jahlaya jahlea jahleah jahlia jahlisa jahliyah jahmia
jahmila jahmiya jahmiyah jahmya jahna jahnae jahnasia jahnavi jahnay jahnaya jahne jahnea jahnee
jahnessa jahnia jahniah jahniya jahniyah jahnvi jahnya jahnyah jahnyla jahyra jahzara jahzaria
jahzarra jaia jaiah jaiana jaianna jaiannah jaicee jaicey jaid jaida jaidah jaidalyn jaide
jaidee jaidy jaielle jaila jailah jailani jailee jaileen jaileigh jailene jailenne jailey jaili
jailia jailine jaily jailyne jailynn jailynne jaima jaimarie jaimee jaimelyn jaimi jaimya jaina
jainaba jaine jaiona jaionna jaira jairy jaisa jaisha jaislyn jaiya jaiyah jaiyana jaiyanna
jaiyda jaiyla jajaira jakaia jakaila jakailah jakailyn jakaiya jakaiyah jakala jakalya jakalyn
jakara jakaria jakarra jakaya jakayla jakaylah jakaylee jakeia jakeira jakeisha jakela jakelin
jakeline jakelyn jakenya jakenzie jakera jakeria jakerra jakerria jakevia jakeya jakhia jakhiya
jakhya jakia jakiera jakima jakira jakirah jakiria jakirra jakisha jakita jakiya jakiyah jakiyla
jakki jaklyn jaklynn jakya jakyah jakyia jakyiah jakyla jakylah jakyra jakyrah jakyria jala
jalacia jalah jalaia jalaiah jalaila jalaina jalaine jalaiya jalaiyah jalana jalanda jalasia
jalaya jalayah jalayia jalayiah jalayla jalayna jalayne jalaysha jalayshia jalaysia jalea jaleah
jaleaha jalecia jalee jaleea jaleeah jaleena jaleesa jaleese jaleesha jaleeya jaleeyah jaleeza
jaleh jalei jaleia jaleiah jaleigh jaleigha jaleisa jaleisha jaleiya jaleiyah jalena jalesa
jalese jalesha jaleshia jalesia jalessa jalexa jalexia jalexis jalexus jaley jaleya jaleyah
jaleyza jali jalia jaliah jaliana jalicia jalie jalila jalilah jalina jalinda jaline jalisa
jalise jalisha jalisia jalissa jalissia jalitza jaliya jaliyah jaliyiah jaliza jallisa jalliyah
jalonda jalya jalyah jalyiah jalynne jalysa jalyse jalyssa jamacia jamaia jamaica jamaira
jamaiya jamaiyah jamaka jamala jamanda jamara jamarah jamaria jamariah jamariana jamariona
jamariya jamariyah jamarra jamarria jamauria jamaya jamayah jamayia jamayla jamea jameah jameca
jamecia jameeka jameela jameelah jamei jameia jameica jameika jameila jameira jameisha jameka
jamekia jamela jamelah jamelia jamella jamelyn jamera jameria jameriah jamerica jamerria jamesa
jamese jamesetta jamesha jameshia jamesia jamesina jametria jametta jamette jameya jameyah jami
jamia jamiaya jamica jamice jamicia jamicka jamieann jamiee jamieka jamielee jamielyn jamielynn
jamiera jamiesha jamika jamila jamilah jamilee jamilet jamileth jamilett jamilette jamilex
jamilia jamilla jamillah jamillia jamilya jamilyn jamilynn jamina jamira jamiracle jamirah
jamiria jamirra jamise jamisha jamita jamiya jamiyah jamiyla jammi jamonica jamora jamya jamyah
jamye jamyia jamyiah jamyla jamylah jamyra jamyrah jamyria jamyriah jana janaa janaan janace
janae janaea janaeya janah janai janaia janaiah janaisa janaisha janaiya janaiyah janajah janaki
janalee janalyn janalynn janan janani janann janara janaria janariah janasha janashia janasia
janat janautica janavia janay janaya janayah janaye janayia janayla janaysha janaysia janazia
jancie jancy janda jandi jane janea janeah janeal janean janeane janeann janece janecia janee
janeece janeen janeene janeesa janeese janei janeia janeice janeika janeisha janeisy janeka
janel janelda janele janeli janelie janelis janeliz janell janella janelle janellen janelli
janellie janelly janely janelyn janelys janemarie janene janequa janera janesa janese janesha
janeshia janesia janessa janessah janet janete janeth janett janetta janette janetzy janeva
janey janeya janeyah janhavi jani jania janiah janiaya janica janice janicia janie janiece
janielle janielys janiene janiesha janieya janifer janijah janika janil janila janilah janille
janin janina janine janinne janiqua janique janira janis janisa janise janisha janissa janisse
janit janita janith janitza janiya janiyah janiyha janiyia janiyla janiylah janki janmarie janna
jannae jannah jannat jannatul janne jannel jannell jannelle jannelly jannely jannessa jannet
jannete janneth jannett jannetta jannette janney janni jannice jannie jannifer jannine jannis
janny janon janora januari january janvi jany janya janyah janyce janye janyia janyiah janyla
janylah janyll janyra janyria janyssa janyth jaonna japji japleen japneet japonica jaqlyn
jaquala jaquana jaquanda jaquanna jaquasha jaquasia jaquavia jaquaya jaquayla jaquela jaquelin
jaquelina jaqueline jaquelinne jaquelyn jaquelyne jaquelynn jaquesha jaquetta jaquette jaquia
jaquila jaquilla jaquira jaquisha jaquita jaquitta jaquline jaqulyn jara jarah jaraya jareli
jarelis jarelly jarely jarelyn jarelys jaretssi jaretzi jaretzy jaria jariana jarianna jarica
jarielis jarielys jarika jarilyn jarissa jarita jaritza jariya jariyah jarrica jaryah jaryiah
jasa jasalyn jasalynn jasamine jasara jasel jaselle jaselyn jaselynn jasemine jasenia jasey
jasha jashae jashanti jashauna jashawna jashay jashayla jashia jashira jashiya jashley jashonna
jashya jasia jasie jasilyn jasime jasimine jasira jasiya jaskiran jasleen jaslen jaslene jaslin
jasline jasly jaslyn jaslyne jaslynn jaslynne jasma jasmain jasmaine jasmane jasmarie jasmeen
jasmen jasmene jasmia jasmie jasmin jasmina jasmine jasminemarie jasminn jasminne jasmyn jasmyne
jasmynn jasmynne jasneet jasreet jassica jasslyn jassmin jassmine jassmyn jaszmin jaszmine
jatana jatara jatasia jatavia jataya jateria jatia jatina jatoria jatoya jatyra jatziri jatziry
jauna jaunice jaunita javaeh javana javanna javaria javaya javayah javeah javeria javette javia
javiana javiera javionna javona javonda javonna jawana jawanda jawanna jaxi jaxie jaya jayah
jayana jayanah jayani jayann jayanna jaycelyn jaycelynn jayceona jaycey jayci jaycie jayda
jaydah jaydalee jaydaliz jaydalyn jaydalynn jayde jaydelin jaydelyn jaydi jaydie jaydy jayelle
jayelyn jayelynn jayla jaylaa jaylah jaylani jaylanie jaylanni jaylannie jayle jaylea jayleah
jaylean jayleana jaylee jayleen jayleena jayleene jaylei jayleigh jaylena jaylene jaylenne
jayley jayli jaylia jayliah jayliana jayliani jaylianie jaylianis jaylianna jaylie jaylina
jayline jaylinn jaylinne jaylise jaylissa jaylnn jaylyne jaylynne jayma jaymarie jaymee jaymi
jayn jayna jaynae jaynah jayne jaynee jaynell jaynelle jaynia jayniah jaynie jayona jayonna
jayra jaysa jaysha jaysie jaza jazae jazale jazalyn jazalynn jazara jazarah jazaria jazariah
jazariyah jazaya jazayah jazel jazell jazelle jazelyn jazelynn jazia jazilyn jazira jazirah
jaziya jaziyah jazleen jazlen jazlene jazlin jazline jazlyn jazlyne jazlynn jazlynne jazma
jazmaine jazman jazmane jazmarie jazmeen jazmen jazmene jazmere jazmia jazmin jazmina jazmine
jazminn jazminne jazmyn jazmyne jazmynn jazmynne jazsmin jazsmine jazya jazyah jazyiah jazzalyn
jazzalynn jazzel jazzell jazzelle jazzie jazzilyn jazzleen jazzlene jazzlin jazzlyn jazzlyne
jazzlynn jazzlynne jazzma jazzmen jazzmin jazzmine jazzmon jazzmyn jazzmyne jazzy jda jeana
jeanae jeanann jeananne jeane jeanean jeaneane jeanee jeaneen jeanell jeanella jeanelle jeanelly
jeanene jeanenne jeanet jeaneth jeanett jeanetta jeanette jeani jeania jeanice jeanie jeanifer
jeanina jeanine jeaninne jeanise jeanita jeanmarie jeann jeanna jeanne jeannean jeannee
jeannelle jeannemarie jeannene jeannet jeannete jeannett jeannetta jeannette jeanni jeannia
jeannie jeannifer jeannine jeanny jeany jearldean jearldine jearlean jearlene jearline jecenia
jeda jedidah jeena jeeya jeffifer jehieli jeida jeidi jeidy jeila jeilani jeilany jeilin jeily
jeilyn jeimi jeimmy jeimy jeiry jekayla jela jelaine jeleah jeleesa jelena jelene jelesa jelessa
jelicia jelina jelisa jelisha jelissa jelitza jeliyah jema jemeka jemia jemica jemika jemila
jemima jemimah jemina jemiya jemiyah jemma jemya jena jenae jenafer jenah jenai jenaiya jenalee
jenalise jenalyn jenan jenascia jenasia jenasis jenasys jenavecia jenavee jenaveve jenavi
jenavie jenavieve jenavive jenay jenaya jenayah jenaye jency jendaya jendayi jenea jeneal jenean
jeneane jenee jeneen jenefer jeneffer jeneice jenel jenell jenella jenelle jenelly jenely jenene
jenesa jenese jenesis jenessa jenessy jenesys jenet jenett jenetta jenette jeneva jenevie
jenevieve jenevy jeni jenia jeniah jenica jenice jenicka jenie jeniece jenielle jeniene jenifer
jeniffer jenika jenilee jenille jenilyn jenin jenina jenine jenipher jenique jenisa jenise
jenisha jenisis jenissa jenisse jenita jeniya jeniyah jenna jennae jennafer jennah jennalee
jennalise jennalyn jennalynn jennamarie jennarae jennasis jennavecia jennavicia jennavie
jennavieve jennavive jennay jennaya jenne jennea jennefer jennel jennell jennelle jennene
jennesis jenness jennessa jennessy jennet jenneth jennett jennetta jennette jenney jennfer
jennfier jenni jennia jenniah jennica jennice jennie jenniefer jennier jennife jennifer
jenniferann jenniferlynn jennifermarie jenniffer jennifier jennifr jenniger jennika jennilee
jennilyn jennine jennipher jennise jenniver jennnifer jenny jennye jennyfer jennylee jenova
jensine jentri jentrie jeny jenya jenyfer jeorgia jequetta jera jerah jeraldean jeraldene
jeraldin jeraldine jeraldy jeralee jeralene jeraline jeralyn jeralynn jeree jerelene jereline
jerelyn jerene jeretta jeri jeriann jerianne jerica jericah jericca jericha jericka jerie
jeriesha jerika jerilee jerilyn jerilynn jerina jerine jerisha jerissa jerita jeriyah jerldine
jerlean jerlene jerline jerlisa jerlyn jermaya jermecia jermeka jermeria jermesha jermia jermica
jermika jermisha jermiya jermya jernee jerni jernie jerniya jerniyah jeroldine jerolene jeroline
jerolyn jeronda jeronica jerra jerri jerriah jerriann jerrianne jerrica jerricka jerrika
jerrilee jerrilyn jerrilynn jerrine jerriyah jerrye jersee jersi jersie jerusalen jerusha jerzee
jerzey jerzi jerzie jesa jesalyn jesalynn jeselle jesenia jesenya jesica jesicca jesika jesilyn
jesley jeslie jeslin jesly jeslyn jeslynn jesmarie jesmine jessa jessabella jessabelle jessaca
jessah jessalyn jessalynn jessamine jessamy jessamyn jesscia jesseca jesseka jessel jesselin
jesselle jesselyn jesselynn jessenia jessenya jessia jessic jessica jessicaann jessicaanne
jessicah jessical jessicalee jessicalynn jessicamarie jessicca jessice jessicia jessicka
jessieca jessika jessikah jessilyn jessilynn jessina jesslin jessly jesslyn jesslynn jessyca
jessye jessyka jestina jestine jestiny jesusa jesusita jesyca jesyka jetaime jetaun jetta jetty
jetzabel jevaeh jeweldean jeweldine jewelene jewelia jeweliana jewelianna jewelie jeweline
jewelisa jewelissa jewelle jewels jewlia jeyda jeydi jeydy jeyla jeylah jeyleen jeyli jeylin
jeymi jezabel jezabell jezabella jezabelle jezebel jezebelle jezel jezell jezelle jezlyn jezlynn
jhada jhade jhana jhanae jhane jhania jhaniya jhaniyah jhanvi jhayda jhayla jhene jhenna jheri
jherica jhoana jhoanna jhoselin jhoseline jhoselyn jhourni jiah jiali jiana jiani jianna jiannah
jiaqi jil jilda jilene jilian jiliana jilisa jill jillaine jillana jillane jillann jillanne
jillayne jillean jilleen jillena jillene jilliam jillian jilliana jilliane jilliann jillianna
jillianne jillien jillienne jillisa jilliyn jillyan jillyn jimaya jimeka jimena jimenna jimesha
jimia jimma jimmia jimmye jimya jina jinan jineen jinelle jinger jini jinna jinnie jinnifer
jinny jinora jinx jiovanna jisel jisela jisele jisell jisella jiselle jissel jissell jisselle
jitzel jiya jiyah jizel jizelle jizzelle jkayla jla jlah jlee jleigh jlisa jmarie jmiyah jmya
jnae jnai jnaya jniya jniyah jnya jnyah jo joaly joana joanann joane joanell joanetta joanette
joani joanie joanmarie joann joanna joannah joannamarie joanne joannie joanny joaquina jobana
jobeth jobina jobyna jocabed jocalyn jocee jocelin joceline jocell jocellyn jocely jocelyn
jocelyne jocelynn jocelynne jocey joceyln jochebed joci jocie jocilyn jocilynn joclyn joclynn
joddie jodean jodee jodeen jodel jodell jodelle jodene jodette jodi jodiann jodilyn jodilynn
jodine jodye joean joeann joeanna joeanne joei joelee joeleen joelene joeli joelie joeline
joelisa joeliz joella joelle joellen joellie joelly joellyn joely joelyn joelynn joelys joene
joesphine joetta joette johana johanna johannah johanne johara johna johnae johnanna johnasia
johnay johnda johnee johneisha johnella johnelle johnese johnesha johneshia johnetta johnette
johni johnia johnica johnice johniece johnika johnine johniqua johnique johnise johnisha johnita
johniya johniyah johnna johnnae johnnay johnnetta johnnette johnnisha johnnita johnsie johnye
johonna joi joia joice joiya jola jolaine jolana jolanda jolane jolanta jolayne jolea joleah
jolean jolee joleen joleena joleene jolei joleigh jolena jolene joleta jolett joletta jolette
joley joli jolia joliana jolianna jolicia jolie joliene joliet jolina jolinda joline jolisa
jolisha jolissa jolita joliyah jolleen jolonda jolyn jolynda jolyne jolynn jolynne jolyssa
jomaira jomana jomara jomarie jomary jomayra jonae jonai jonalyn jonasia jonay jonaya jonda jone
jonea jonee joneen joneisha jonella jonelle jonesha joneshia jonessa jonet jonetta jonette joni
jonia joniah jonica jonice jonie joniece jonier jonika jonina joniqua jonique jonise jonisha
jonita joniya joniyah jonna jonnae jonne jonnelle jonnetta jonnette jonni jontavia jonya joory
joplin joplyn jora jordana jordane jordanna jordanne jordayn jordis jordyne jordynn jordynne
joree joreen jorene joretha joretta jorga jorgia jorgina jorie jorita jorja jorjia jorley
josalin josaline josalyn josalynn josanna josanne josaphine joscelin josceline joscelyn
joscelyne joscelynn josclyn josee josefa josefina josefine josefita joselin joselina joseline
joselinne joselle josely joselyn joselyne joselynn joselynne josenid josepha josephene josephina
josephine josephyne josett josetta josette joshalyn joshalynn joshelyn joshlyn joshlynn josi
josiane josie josiephine josilin josilyn josilynn joslin joslyn joslyne joslynn joslynne josmary
josphine jossalin jossalyn jossalynn josselin josseline josselyn josselyne josselynn jossette
jossie jossilyn josslin josslyn josslynn josy joua jouri journe journee journei journi journie
journiee journii journye joury jovana jovanka jovanna jovannah jovee jovey jovia joviana jovie
jovina jovita jovona jovonda jovonna jowana jowanda jowanna joy joya joyann joyanna joyanne
joyce joyceann joycee joycelin joyceline joycelyn joycelynn joycie joyclyn joydan joye joyel
joyell joyelle joyia joyice joyleen joylene joylin joylyn joylynn joyous jozalyn jozalynn jozee
jozelyn jozelynn jozette jozey jozi jozie jozlin jozlyn jozlynn juana juanda juanell juanelle
juanetta juanette juanice juanika juanisha juanita juanitta juanna juaquina jubilee judaea judee
judeen judene judeth judi judia judiann judianne judie judieth judine judit judith judithann
judithe judy judyann judye judyth judythe juhi julaine julane julann julanne julayne julea
juleah juleanna julee juleen juleidy juleigh julena julene juley juli julia juliaann juliah
juliahna juliamarie juliana julianah juliane juliann julianna juliannah julianne juliannie
julianny juliany julianys juliauna julicia julie juliea julieana julieann julieanna julieanne
juliene julienne julieonna juliessa juliet julieta juliete julieth juliett julietta juliette
julina juline juliona julionna julisa julisha julisia julissa julissia julita julitza juliya
juliyah juliyana juliza julizza jull jullia julliana jullianna jullie julliette jullisa jullissa
jully julya julyana julyanna julysa julyssa juman jumana jumanah juna june junell junella
junelle junetta junette junia junice juniper junita juniya junko jurea juri juridia jurlene
jurline jurnee jurnei jurney jurni jurnie jury justa justeen justene justina justyna justyne
jutta juvia juwana juwanna jwana jya jyana jyanna jyasia jykeria jyl jyla jylian jyll jyllian
jynelle jynesis jynessa jyoti jyotsna jyra jyrah jyssica jyzelle kaala kaaliyah kaamilya kaaren
kaari kaarin kaashvi kaavya kabao kabella kabrea kabria kabrina kacelyn kacelynn kachina kaci
kacia kacie kada kadaisha kadaja kadajah kadance kadasha kadasia kaddie kadedra kadee kadeeja
kadeejah kadeesha kadeidra kadeisha kadeja kadejah kadelyn kadesha kadeshia kadesia kadey kadi
kadia kadiatou kadiatu kadidia kadie kadience kadija kadijah kadijatou kadijatu kadince kadisha
kadra kady kadynce kae kaeda kaedance kaedence kaedynce kaela kaelah kaelani kaele kaelea kaelee
kaeleen kaelei kaeleigh kaelene kaeley kaeli kaelie kaelly kaely kaelyn kaelynn kaelynne kaesha
kaetlin kaetlyn kaeya kafi kahdijah kahealani kahla kahlan kahlani kahlea kahleah kahleesi
kahley kahlia kahliah kahlie kahlilah kahliya kahliyah kahlyn kahmya kaho kaia kaiah kaiana
kaianna kaicee kaida kaidance kaidee kaidynce kaiesha kaija kaijah kaila kailah kailana kailani
kailanie kailany kailaya kaile kailea kaileah kailee kaileen kaileena kailei kaileia kaileigh
kailena kailene kailey kaili kailia kailiana kailie kailina kailiyah kailly kailoni kaily kailye
kailyn kailyne kailynn kailynne kaina kainat kaira kairah kairie kairy kaisa kaisey kaisha
kaislee kaisley kaislyn kaisy kaite kaitelyn kaithlyn kaitlain kaitlan kaitland kaitlee kaitlen
kaitlin kaitlinn kaitlyn kaitlynd kaitlyne kaitlynn kaitlynne kaitrin kaity kaityln kaitylyn
kaiulani kaiya kaiyah kaiyana kaiyla kaizlee kaizley kaja kajah kajal kajol kajsa kajuana kala
kalah kalaiah kalaiyah kalana kalandra kalanie kalany kalasia kalaya kalayah kalayla kalayna
kalaysha kalaysia kalea kaleah kaleaha kalecia kalee kaleea kaleeah kaleema kaleen kaleena
kaleese kaleesi kaleeya kaleeyah kaleia kaleiah kaleigh kaleigha kaleisha kaleiya kaleiyah
kalena kalene kalenna kalese kalesha kaleshia kaley kaleya kaleyah kali kalia kaliah kaliana
kaliann kalianna kaliannah kalianne kalice kalicia kalie kaliegh kalifa kalii kalika kalila
kalilah kalima kalimah kalina kalinda kaliope kaliopi kalirose kalis kalisa kalise kalisha
kalisi kaliska kalissa kalista kalita kaliya kaliyah kaliyan kaliyana kalkidan kalla kallee
kalleigh kalley kalli kallia kallie kalliope kalliopi kallissa kallista kalliyah kalliyan kally
kallyn kallysta kalpana kalsey kaly kalya kalyah kalyana kalyani kalyce kalyiah kalyn kalyna
kalynda kalyne kalynn kalynne kalysa kalyse kalyssa kalysta kama kamaia kamaile kamaiya kamaiyah
kamala kamalani kamara kamarah kamaria kamariah kamariana kamariya kamariyah kamarra kamarria
kamaryn kamaya kamayah kambell kamber kamberlyn kambra kambre kambrea kambree kambrey kambri
kambria kambrie kambry kamea kameah kamecia kamee kameela kameelah kameesha kameisha kameka
kameko kamela kamelia kamella kameo kamera kameria kamesha kameshia kameya kami kamia kamiah
kamica kamie kamika kamiko kamila kamilah kamile kamili kamilia kamill kamilla kamillah kamille
kamillia kamilya kamina kamira kamirah kamirra kamiryn kamisha kamiya kamiyah kamla kamlyn kammi
kammie kammy kamonie kamora kamorah kamoria kamorra kampbell kamra kamree kamrey kamri kamrie
kamry kamrynn kamy kamya kamyah kamyia kamyiah kamyla kamylah kamylle kamyra kamyrah kamyri
kamyria kana kanae kanaiya kanako kanani kanasha kanasia kanaya kanda kandace kandance kandas
kande kandee kandi kandice kandie kandis kandise kandiss kandra kandy kandyce kanecia kaneesha
kaneisha kaneka kanesha kaneshia kanessa kanetha kanetra kania kaniah kaniesha kanija kanijah
kanika kanisha kanishka kanita kanitha kanitra kaniya kaniyah kanna kanoe kanoelani kanosha
kanwal kanya kanyah kanyia kanyiah kanyla kanylah kaoir kapree kapri kapria kaprice kaprisha
kara karagan karah karai karalee karaleigh karalena karalina karaline karalyn karalyne karalynn
kare kareema kareemah kareena kareli karelly karely karelyn karelys karema karen karena karenann
karenda karene karenlee karenna karesa karesha karess karessa kari karia kariah karian kariana
kariann karianna karianne karicia karie karielle karigan karil karilee karilyn karilynn karima
karimah karime karin karina karinda karine karington karinna karinne karis karisa karisha
karishma karisma kariss karissa karissma karista karita karitza kariya kariyah karizma karla
karlea karlee karleen karlei karleigh karlena karlene karletta karlette karley karli karliah
karlie karlina karline karlisa karlisha karlissa karlita karlotta karly karlye karlyn karlynn
karma karmah karmela karmella karmen karmin karmina karmon karmyn karmynn karn karna karne
karnesha karnisha karole karolee karolina karoline karolyn karolyna karolyne karolynn karonda
karra karrah karren karri karrie karrigan karrin karrina karrine karris karrisa karrissa karryn
karstyn karsynn karthika kartina karuna karyl karyle karyme karyn karyna karynn karynna karynne
karys karysa karyss karyssa kasandra kasara kasarah kasaundra kasee kaselyn kaselynn kasha
kashae kashana kashanda kashanna kashanti kashara kashari kashauna kashawna kashay kashayla
kashea kasheena kashena kashia kashima kashina kashira kashish kashiya kashlyn kashlynn kashonda
kashonna kashunda kashvi kashyra kasi kasia kasidee kasidi kasidy kasie kasinda kasiya kasiyah
kaslyn kasmira kasondra kassadee kassadi kassadie kassady kassandra kassandre kassaundra kassey
kassi kassia kassiah kassiani kassidee kassidi kassidie kassidy kassie kassity kassondra kassy
kasumi kasy kata katalaya katalea kataleah kataleena kataleia katalena kataleya kataleyah
katalia katalin katalina kataliyah katalyn katalyna katana katanna katanya katara katarena
katarina kataryna katarzyna katasha katavia kataya kate katee kateena katelan kateland katelee
kateleen katelen katelin katelind kateline katelinn kately katelyn katelynd katelyne katelynn
katelynne katen katena katera kateri kateria katerin katerina katerine katerra katerria kateryn
kateryna katesha katessa katey kath katha kathaleen kathalene kathaleya kathalina katharin
katharina katharine katharyn kathe kathee katheen katheine katheleen kathelene katheline
kathelyn katheren katherene katherin katherina katherine katherinne katherleen kathern katheryn
katheryne kathey kathi kathia kathie kathiria kathlean kathlee kathleen kathleena kathleene
kathlen kathlena kathlene kathline kathlyn kathlyne kathlynn kathreen kathren kathrene kathrin
kathrina kathrine kathry kathryn kathryne kathrynn kathrynne kathy kathya kathyann kathye
kathyjo kathyleen kathyrn kati katia katiana katianna katianne katie katieann katiejo katielyn
katielynn katika katilin katilyn katilynn katina katine katira katiria katisha katiuska katiya
katja katleen katlen katlin katlyn katlynd katlyne katlynn katlynne katniss katona katonia
katonya katora katori katoria katosha katoya katrece katreena katrena katrenia katrese katria
katriana katrianna katrice katricia katrin katrina katrine katrinia katrinka katrinna katriona
katrisha katryn katryna kattaleya katti kattia kattie kattleya katty kattya katura katurah katy
katya katyana katye katyra kaula kaveah kaveri kavina kavita kavitha kavonna kavya kawaii kawana
kawanda kawanna kawanza kawehi kawsar kawthar kawther kay kayah kayal kayana kayani kayann
kayanna kaybree kaybri kaybrie kaycee kayci kaycie kayda kaydance kaydee kaydence kaydense kaydi
kaydie kaydience kaydince kaydra kaydynce kaye kayela kayelani kayelee kayeleigh kayelin kayelyn
kayelynn kayhla kayia kayja kayla kaylaa kaylaann kaylah kaylamarie kaylana kaylani kaylanie
kaylann kaylanna kaylanni kaylany kaylea kayleah kaylean kayleana kayleann kayleanna kaylee
kayleeann kayleen kayleena kaylei kayleigh kayleigha kaylena kaylene kaylenn kayley kayli kaylia
kayliah kayliana kayliani kayliann kaylianna kaylie kayliee kayliegh kaylin kaylina kayline
kaylinn kaylise kaylissa kayliyah kaylla kayln kaylnn kayloni kaylonie kayly kaylyn kaylyne
kaylynn kaylynne kaymarie kayna kayona kayonna kayori kayra kayren kaysa kaysea kaysee kaysey
kaysha kayshia kayshla kaysi kaysia kaysie kayslee kayte kaytee kaytelyn kaytelynn kayti kaytie
kaytlan kaytlen kaytlin kaytlyn kaytlynn kaytlynne kayzlee kazandra kazaria kazia kaziya kaziyah
kazlyn kazoua kazuko kazzandra kd kea keah keaira keairah keairra keaisha keaja keajah keala
kealani kealee kealey keali kealia kealie kealohilani kealy kealyn keamber keana keanah keandra
keandrea keandria keanna keara kearah keari kearia kearie kearra kearsten kearstin kearston
kearstyn keasha keashia keasia keauna keaundra keaunna keayra keba kebra kebrina kecha kechia
kecia kedra keeana keeanna keeara keela keelee keeleigh keeley keeli keelia keelie keely keema
keenya keera keerica keerstin keertana keerthana keerthi keesha keeshia keeta keeva keeya
keeyana kehaulani kehlani keia keiaira keiana keiandra keianna keiara keiarah keiarra keiasha
keiasia keicha keidra keidy keiera keierra keighley keighly keiko keila keilah keilana keilani
keilany keilee keileigh keiley keili keilly keily keilynn keimora keimya keina keiona keiondra
keionna keiosha keira keirah keiri keirra keirstan keirsten keirstin keirston keirstyn keiry
keiryn keisa keisha keishana keishauna keishawna keishia keishla keisi keisy keitha keitlyn
keitra keiva keiya keiyana keiyanna keja kejuana kela kelahni kelaiah kelana kelanie kelbi
kelbie kelce kelcee kelci kelcie kelda keleah kelee keleigh kelena kelene keli kelia keliah
keliana kelicia kelie kelila kelilah kelina kelis kelise kelisha kelissa kelita keliyah kella
kelle kellea kellee kelleen kelleigh kellene kelli kelliann kellianne kellie kellieann kellijo
kellina kellisha kellsey kellsie kellyann kellyanne kellye kellyjo kellymarie kelsa kelsay kelse
kelsea kelsee kelsei kelseigh kelsey kelseyann kelsha kelsi kelsie kelsy kelsye keltie kelty
kelvina kely kelyse kema kemara kemaria kemaya kemba kember kemberley kemberly kemesha kemi
kemia kemiah kemisha kemiya kemiyah kemora kemorah kemoria kemya kemyah kemyia kemyra kena
kenadee kenadi kenadie kenady kenae kenasia kenaya kenda kendallyn kendalyn kendalynn kendelle
kendi kendia kendra kendrah kendrea kendria kendricka kendy kendyl kendyle kendyll kenecia
kenedee kenedi kenedie kenedy keneesha keneisha kenesha keneshia kenetha kenetra kenia keniah
kenicia kenidee kenidi kenidy keniesha kenijah kenika kenise kenisha kenishia kenita kenitha
kenitra keniya keniyah kenja kenlea kenlee kenlei kenleigh kenli kenlie kenlynn kenna kennadee
kennadi kennadie kennady kennah kenndra kennede kennedee kennedey kennedi kennedie kennedii
kenneisha kennesha kenneshia kennetha kennethia kennetra kennetta kennette kenni kennia kenniah
kennice kennidee kennidi kennidy kennisha kennita kenniya kenniyah kennley kennya kenora kenosha
kenra kensey kensi kensie kensington kenslee kenslei kensleigh kensley kensli kenslie kensly
kensy kentavia kentleigh kentoria kentra kenyah kenyana kenyanna kenyetta kenyette kenyia
kenyona kenyonna kenysha kenza kenzee kenzey kenzi kenzie kenzington kenzlee kenzlei kenzleigh
kenzley kenzli kenzlie kenzly kenzy keoka keona keonda keondra keondria keonia keonna keora
keosha keoshia kera kerah kerbi keren kerena kerensa keri keria keriana keriann kerianna
kerianne kerie kerigan kerilyn kerilynn kerina kerington keris kerisa kerisha kerissa kerith
kerline kerly kerma kerra kerri kerria kerriann kerrianne kerrie kerrigan kerrilyn kerrilynn
kerrin kerris kerryann kerryn kersha kerstan kersten kersti kerstie kerstin kerston kerstyn
kertina keryl keryn kes kesa kesha keshae keshana keshanna keshanti keshara keshauna keshawna
keshawnna keshay keshayla keshia keshona keshonda keshonna keshuna kesi kesia kesiah keslee
kesleigh keslie keslyn kess kessa kessie kestrel keta ketara ketia ketina ketra ketrina ketsia
ketti ketty ketura keturah ketzaly ketzia keuna keundra keva kevia keviana kevianna kevina
keviona kevionna kevisha kevona kevonna kewana kewanda kewanna keya keyah keyahna keyaira
keyairah keyairra keyala keyana keyanah keyandra keyani keyanna keyannah keyanni keyara keyarah
keyari keyaria keyarra keyasha keyasia keyatta keyauna keyawna keydi keydra keydy keyera keyerra
keyetta keyia keyira keyla keylah keylani keyle keylee keyleen keyleigh keyli keylie keylly
keyly keylyn keymiah keymora keymya keyna keyoka keyona keyonah keyonce keyonda keyondra keyoni
keyonia keyonna keyonni keyosha keyoshia keyra keyri keyrin keyry keysa keysha keyshawna keyshia
keyshla keysi keyuana keyuna keyundra keyunna keywanna kezia keziah keziyah khadeeja khadeejah
khadeja khadejah khadidja khadija khadijah khadijatou khadijha khadjah khadra khady khaia khaila
khailee khailey khailyn khaira khala khalaya khalea khaleah khaleelah khaleesi khaleesia
khalessi khaleya khalia khaliah khalida khalidah khalie khalila khalilah khalina khalise
khalisha khaliya khaliyah khaloni khamaria khamia khamiah khamil khamila khamille khamiya
khamiyah khamora khamya khamyah khandi khandice khania khaniya khaniyah khara kharis kharisma
kharissa kharizma kharli kharlie kharma khassidy khaya khayla khaylee khelani khelsea kherington
kherrington khia khiana khianna khiara khila khilee khiley khilynn khira khiya khiyah khloe
khloee khloei khloey khloi khloie khora khou khrista khristal khristen khristi khristiana
khristie khristin khristina khristine khristy khrystal khrystina khrystyna khrystyne khusbu
khushboo khushbu khushi khya khyia khyla khylah khylee khylei khyleigh khyli khylie khyra kia
kiabeth kiahna kiahra kiaira kiaja kiajah kiala kialee kialey kiamber kiamesha kiana kianah
kiandra kiandria kiane kianga kiani kianna kiannah kianne kianni kianny kiany kiara kiarah
kiaraliz kiaria kiarra kiarrah kiasha kiasia kiauna kiaundra kiaunna kiaya kida kidada kieana
kieanna kieara kiearra kiela kiele kielee kieleigh kieley kieli kiely kielynn kienna kieona
kieonna kiera kierah kieria kierney kierra kierrah kierria kierstan kiersten kiersti kierstin
kierston kierstyn kierstynn kiersyn kiesha kieshia kieu kieya kiffany kihanna kihara kiira kija
kijah kijuana kiki kila kilah kilani kilea kileah kilee kileen kileigh kilia kilie kilynn kima
kimala kimalee kimana kimanh kimara kimaria kimarie kimaya kimba kimbella kimbelry kimbely
kimber kimberely kimberl kimberla kimberle kimberlea kimberlee kimberleigh kimberley kimberli
kimberlie kimberlin kimberlly kimberly kimberlyann kimberlyanne kimberlye kimberlyn kimberlynn
kimbery kimblery kimbley kimbly kimbra kimbre kimbree kimbrely kimbria kimbrly kimeka kimela
kimerly kimery kimesha kimetha kimia kimiah kimie kimika kimiko kimila kimimila kimira kimisha
kimiya kimiyah kimla kimley kimly kimmarie kimmberly kimmerly kimmi kimmora kimora kimorah
kimori kimoria kimra kimya kimyada kimyah kimyata kimyatta kimyetta kimyra kina kinara kinaya
kinberly kinda kindal kindra kindsey kindyl kinesha kineta kinga kingsleigh kinisha kinjal
kinlea kinlee kinlei kinleigh kinley kinlie kinly kinlyn kinlynn kinnedy kinnley kinsey kinshasa
kinsie kinslea kinslee kinslei kinsleigh kinsley kinslie kinsly kinya kinyatta kinyetta kinza
kinze kinzee kinzey kinzi kinzie kinzlee kinzleigh kinzley kinzlie kinzly kinzy kiomara kiona
kiondra kioni kionna kiora kiosha kippi kira kirah kiralyn kiralynn kirana kirandeep kirbi
kirbie kiri kiriaki kiriana kirie kiristen kirpa kirra kirrah kirsha kirsi kirsta kirstan
kirstee kirstein kirsten kirsti kirstie kirstin kirstina kirstine kirston kirsty kirstyn kirti
kisa kischa kisha kishana kishawna kishia kismet kissa kissie kissy kista kiswana kita kitana
kitanna kitara kitiara kitina kitra kitrina kitten kitti kittie kitty kitzia kiva kiwana kiwanda
kiwanna kiya kiyah kiyana kiyanah kiyani kiyanna kiyara kiyla kiylah kiylee kiyoko kiyomi kiyona
kiyonna kiyra kiz kizmet kizzi kizzie kizzy kjersten kjersti kjerstin kjirsten kla klair klaira
klaire klani klara klare klarisa klarissa klarity klaryssa klaudia klea klee kleigh kleo klhoe
kliyah kloe kloee kloei kloey klohe klohie kloi kloie klover klowie klyn klynn kmarie kmiyah
kmora kmya kniya kniyah knoelle knya knyla kohana koharu koko koleen kolene kolette kolie kolina
kolleen kollyns komal konda koni konica konni konnie konstance konstantina kora korah koraima
koral koralee koraline koralyn koralynn korayma kordelia korea koreen koreena korena korene
koriana koriann korianna korina korine korinn korinna korinne korissa kornelia korra korrah
korri korrie korrin korrina korrine korryn kortlyn kortlynn kortne kortnee kortnei kortni
kortnie kortny koryn korynn korynne kosha kourtlyn kourtlynn kourtnee kourtnei kourtni kourtnie
kourtny kowsar koya kresha kresta kricket krina kripa krisa krisalyn krisan krisandra krisann
krisanna krisanne krisette krisha krishana krishauna krishawna krishelle krishika krisi krisie
krisinda krislyn krislynn krissa krissandra krissi krissia krissie krissy krista kristabella
kristal kristalee kristalyn kristalynn kristana kristanna kristara kriste kristee kristeen
kristeena kristel kristell kristella kristelle kristen kristena kristene kristi kristia
kristiana kristiane kristiann kristianna kristianne kristie kristilyn kristin kristina
kristinamarie kristine kristinia kristl kristle kristlyn kristol kristy kristyana kristyann
kristyanna kristye kristyl kristyn kristyna kristyne krisy krithi krithika kriti kritika kriya
krizia krupa kruthi kruti krysia kryslyn kryslynn kryssa krysta krystal krystale krystalin
krystall krystalle krystalyn krystalynn krystan krysteena krystel krystell krystelle krysten
krystena krysti krystiana krystianna krystie krystil krystin krystina krystine krystl krystle
krystn krystol krysty krystyl krystyn krystyna krystyne ksenia kseniya kulsoom kulsum kumba
kumiko kura kursten kurstie kurstin kurstyn kushi kutina kuuipo kuulei kwana kwanisha kwanita
kween kwynn kya kyah kyaira kyala kyana kyanah kyandra kyani kyann kyanna kyannah kyanne kyara
kyarah kyari kyarra kyasha kyasia kyauna kyeisha kyela kyelle kyera kyerra kyesha kyeshia kyia
kyiah kyiana kyiesha kyilee kyira kyisha kyla kylah kylani kylea kyleah kylee kyleeann kyleen
kyleena kylei kyleigh kyleigha kylena kylene kyley kyli kylia kyliah kyliana kylianna kylianne
kylie kylieann kyliee kyliegh kylii kylina kylinn kyliyah kylla kyllie kylynn kylynne kymara
kymber kymberlee kymberley kymberli kymberlie kymberly kymberlyn kymberlynn kymbree kymia kymiah
kymira kymm kymora kymorah kyna kynadee kynadi kynadie kyndahl kyndal kyndall kyndle kyndra
kynedi kynesha kynia kyniah kynisha kynlea kynlee kynlei kynleigh kynley kynli kynlie kynnadi
kynnedi kynnedy kynsie kynslee kynslei kynsleigh kynsley kynsli kynslie kynzee kynzi kynzie
kynzlee kynzleigh kynzley kynzli kynzlie kyoko kyomi kyona kyong kyonna kyra kyrah kyrene kyria
kyriah kyriaki kyriana kyrianna kyrielle kyrra kyrstal kyrstan kyrsten kyrsti kyrstie kyrstin
kyrstle kyrstyn kysa kysha kyshia kytzia laaibah laasia laasya labarbara labella laberta labiba
labrea labreeska labrenda labresha labria labrina labrisha labrittany lacara lace lacee lacey
lachae lachana lachanda lachandra lache lachele lachell lachelle lacheryl lachina lachlyn lachon
lachonda lachrisha lachrista laci lacia lacie lacinda lacole laconda laconia laconya lacora
lacosta lacourtney lacoya lacreasha lacrecia lacresha lacreshia lacresia lacretia lacrisha
lacrystal lacye lada ladaija ladaijah ladaisha ladaja ladajah ladan ladana ladasha ladashia
ladasia ladavia ladawn ladawna ladaysha ladean ladeana ladeidra ladeja ladelle ladena ladene
laderricka ladesha ladestiny ladetra ladiamond ladina ladine ladona ladonia ladonna ladonne
ladonya ladora ladoris ladrea lady ladye laekyn laela laelah laelani laelia laelle laelyn
laelynn laena laerica laesha laetitia lafawn lafaye lafern lafonda lafondra lafreda lagena
lagina lagretta laguana lahana lahari lahela lahna lahoma laia laiah laiana laianna laiba laicee
laihla laikin laiklyn laiklynn laikyn laikynn laila lailaa lailah lailana lailani lailanie
lailany lailee lailey lailie lailoni lailonie laily lailyn lailynn laima laina lainee lainey
laini lainie lainy laionna laira laisa laisha laityn laiya laiyah laiyla laiylah laiza lajada
lajayla lajean lajeana lajessica lajoy lajoya lajoyce lajuana lajuanda lajuanna lajune lakaisha
lakaiya lakan lakara lakasha lakashia lakaya lakayla lakea lakeasha lakecha lakechia lakecia
lakeda lakedra lakeema lakeena lakeesha lakeeta lakeia lakeidra lakeira lakeisa lakeish lakeisha
lakeishia lakeita lakeitha lakeithia lakela lakely lakelyn lakelynn lakema lakena lakenda
lakendra lakendria lakenya lakenzie lakera lakeria lakerria lakesa lakesha lakeshia lakesia
laketa laketha lakethia laketia laketra laketta lakeva lakevia lakeya lakeyia lakeyn lakeysa
lakeysha lakeyshia lakeyta lakhia lakia lakiah lakiea lakiera lakiesha lakietha lakima lakina
lakindra lakira lakisa lakish lakisha lakishia lakiska lakita lakitha lakiva lakiya lakiyah
lakresha lakrisha lakrista lakrystal lakshmi lakya lakyah lakyia lakyla lakyn lakynn lakyra
lakysha lala lalah lalaina lalaine lalana lalani lalania lalanya laleh lalena lali lalia lalinda
lalisa lalita lalitha lalla lallie laloni lalonnie lama lamanda lamara lamaria lamarria lamaya
lamayah lameeka lamees lameika lameisha lameka lamekia lamerle lamesha lameshia lametra lametria
lamia lamiah lamica lamija lamika lamira lamiracle lamis lamisha lamiya lamiyah lamona lamonda
lamonica lamya lamyah lamyia lamyiah lamyra lana lanae lanah lanai lanaia lanaisha lanaiya
lanaiyah lanaja lanajah lanasha lanasia lanautica lanay lanaya lanayah lanaysha lanaysia landa
landi landra landrea landree landri landrie lanea laneah lanecia lanee laneesha laneice laneisha
laneka lanelle lanese lanesha laneshia lanessa laneta lanetra lanett lanetta lanette laney
laneya lani lania laniah laniaya lanice lanie laniece laniesha lanija lanijah lanika lanina
laniqua lanique lanisa lanise lanisha lanissa lanita lanitra laniya laniyah lanna lannah
lannette lanora lanore lanya lanyah lanyia lanyiah lanyla laparis laporcha laporche laporchia
laporscha laporsche laporsha laporshia laportia laprecious laprincia laquaisha laquana laquanda
laquandra laquanna laquanta laquasha laquashia laquasia laquata laqueena laqueisha laquenta
laquesha laqueshia laqueta laquetta laquette laquia laquida laquiesha laquila laquilla laquina
laquinda laquinta laquisa laquisha laquishia laquita laquitha laquitta laqunda laquonda lara
larae larah laraib laraina laraine laralee laranda laraven laraya larayah larayne larcenia laree
lareen lareesa lareina lareisha larena larenda larene laresa laresha laressa lareta laretha
laretta lareyna larhonda lari laria lariah lariana larica larice larie larika larimar larina
larinda larine larisa larisha larissa larita laritza lariya lariyah lariza larkyn larna larona
laronda laronica larosa larose larra larraine larrisa larrisha larrissa larua laruen laruth
larya laryah laryiah laryn larysa laryssa lasandra lasasha lasaundra lasey lasha lashae lashai
lashala lashana lashanae lashanda lashandra lashanique lashann lashanna lashannon lashanta
lashante lashanti lashara lasharn lasharon lashauna lashaunda lashaundra lashaunna lashaunta
lashawanda lashawna lashawnda lashawndra lashawne lashawnna lashawnta lashay lashaya lashaye
lashayla lashe lashea lasheba lasheena lasheika lasheka lashekia lashell lashelle lashema
lashena lashera lashia lashica lashika lashina lashira lashiya lashona lashonda lashondra
lashondria lashonia lashonn lashonna lashonne lashonta lashonte lashonya lashuna lashunda
lashundra lashunta lashya lashyra lasonda lasondra lasonia lasonja lasonya lassie lastacia
lastar lastarr lasundra lasya latacha latacia lataija lataisha lataja latajah latalia latamara
latana latandra latanga latangela latania latanja latanya latanza latara latarcha lataria
latarra latarsha latarshia latascha latash latasha latashia latasia lataunya latausha latavia
latawnya lataya latayna lataysha lataysia latayvia latazia latea lateasha latecia latedra
lateefa lateefah lateesha lateia lateisha lateka latera lateria laterica laterika laterra
laterria laterrica latesa latese latesha lateshia latesia latessa lateya latha latia latiana
latiara latica latice laticha laticia latiesha latifa latifah latiffany latifha latika latima
latina latiqua latisa latise latish latisha latishia latisia latissa latita latitia lativia
latiya latoi latoia latoiya latona latonda latondra latonga latoni latonia latonja latonna
latonya latonyia latora latori latoria latorie latorra latorria latorsha latory latorya latosha
latoshia latoy latoya latoyah latoyia latoyna latoysha latoyya latravia latreace latrease
latrece latrecia latreece latreese latrena latrenda latresa latrese latresha latreshia latresia
latressa latria latrica latrice latricia latriece latrina latrinda latrinity latrisa latrise
latrish latrisha latrista latrivia latronda latroya latsha latunya latusha latwana latwanda
latyra latysha launa launi launie laura lauraann lauraashley laurabelle laurabeth lauraine
laurajean laural lauralee lauralei laurali lauralie lauralye lauralyn lauralynn lauran laurana
laurann lauranne laure lauree laureen laurel laurelai laurelee laurelei laureli laurelin laurell
laurella laurelle laurelyn lauren laurena laurenashley laurencia laurenda laurene lauretta
laurette laurey lauri lauria laurian lauriana lauriann laurianne laurie laurieann laurieanne
lauriel laurielle laurina laurinda laurine laurisa laurissa laurita laurna laurren laurrie
lauryl lauryn laurynn lavada lavae lavaeh lavana lavanda lavanna lavanya lavasha lavasia lavaun
lavaya lavayah laveah laveda lavella lavena lavenda lavender lavene lavenia lavera laverda
lavergne laverna laverta laveta lavetta lavette laveya laveyah lavida lavilla lavina lavine
lavinia lavisha lavita lavona lavonda lavonia lavonna lavonne lavonya lavora lavra lavren lawana
lawanda lawanna lawonda lawrencia lawrie lawryn laxmi laya layaan layah layal layali layan
layana layani layann layanna layce laycee layci laycie layia layiah layla laylaa laylah
laylamarie laylana laylani laylanie laylanni laylarose laylee layleen layli laylia layliana
laylianna laylie laylin layloni laylonie laylonnie laylynn layna laynee layney layni laynie
layonna laysa laysha laytoya layza lazara lazaria lazariah lazette laziyah lea leaann leaanne
leah leaha leahana leahann leahanna leahmarie leahna leaira leala lealani leamsi leana leanah
leanda leandra leandrea leandria leane leaner leanette leani leann leanna leannah leanndra
leanne leannie leanny leanor leanora leanore leany leanza leara leasa leasha leashia leasia
leatha leather leathia leatrice leatta leauna leaya leba lechelle lechia lecia lecretia leda
leddy ledia ledonna ledora leea leeah leean leeana leeandra leeani leeann leeanna leeanne
leeasia leeba leela leelah leellen leeloo leelu leen leena leenah leeona leesa leesha leeta
leetta leeya leeyah leeza legaci legacie legina legna leha lehua lei leia leiah leialoha leiana
leiani leiann leianna leianne leida leidi leidy leigha leighana leighann leighanna leighanne
leighla leighlani leighna leightyn leila leilah leilana leilanee leilani leilanie leilanii
leilanni leilanny leilany leilene leili leiliana leiloni leily leilyn leilynn leimomi leina
leinaala leinani leiny leira leisa leisel leisha leisl leisly leita leitha leiya leiyah lejla
lekecia lekeisha lekendra lekesha lekeshia leketa lekeya lekeysha lekha lekia lekiesha lekisha
lekita leksi lela lelah lelaina lelani lelania lelar lelia leliana lella lelu lema lemma lemya
lena lenae lenah lenay lenaya lenayah lenda lendia lendora lendy lene lenea lenee lenelle
lenesha lenetta lenette leni lenia leniah lenice lenise lenisha lenita leniya leniyah lenka
lenna lennan lennea lennette lenni lenola lenor lenora lenorah lenore lenoria lensey lenya lenzi
leocadia leoda leola leoma leomia leona leonarda leonda leondra leondria leonela leonella
leonetta leonette leoni leonia leonie leonila leonilda leonna leonor leonora leonore leontine
leontyne leora leosha leota leotta lequisha lequita lera lerae lerlene leronda lesa lesbia
lesette lesha leshae leshanda leshay leshea leshia leshonda lesia lesie lesieli lesle leslea
leslee leslei lesleigh lesleyann lesleyanne lesli leslieann leslieanne lesly leslye leslyn lessa
lessly lesta lestine lesvia leta letanya letasha letecia letesha letetia letha lethea lether
lethia letia letica leticha leticia letina letisha letishia letisia letita letitia letizia
letonia letonya letoria letoya letrice letricia letta letti letticia lettie letty lety letzy
leva levada levaeh levana leveah leveda levenia levera leveta levetta levette levia levina
levita levonda levonia levora lewanda lewanna lexa lexandra lexani lexany lexee lexes lexey lexi
lexia lexiana lexiann lexianna lexie lexii lexine lexis lexiss lexius lexus lexxi lexxie lexxis
lexxus lexy lexys leya leyah leyan leyana leyani leyanna leyda leydi leydy leyla leylah leylani
leylanie leylany leyli leyna leyonna leysha leza lezette lezlee lezley lezli lezlie lezly lia
liadan liah liahna liala liana lianah liandra liane lianet lianette liani liann lianna liannah
lianne lianni lianny liany liara liat liba libbey libbi libbie libby libertad libertee liberti
libertie liberty libi libia libni libny libra librada licet lichelle licia lida liddie liddy
lidia lidiana lidiya lidya liela lielle lien lierin liesa liese liesel liesha liesl liezel liezl
ligaya ligia lihanna liisa likisha likita lil lila lilac lilah lilan lilana lilas lileana lilee
lileigh liley lili lilia liliah liliahna lilian liliana lilianah liliane liliani liliann
lilianna liliannah lilianne liliany liliauna lilibeth lilie lilienne lilija lilijana lilikoi
lilinoe lilit lilith lilium liliya liliyana lilja lilla lillah lillan lille lillee lilleigh
liller lillette lilley lilli lillia lilliah lilliahna lilliam lillian lilliana lillianah
lilliane lilliani lilliann lillianna lilliannah lillianne lillias lilliauna lillie lillieann
lillieanna lillieanne lilliemae lillien lillienne lillion lilliona lillionna lillis lillith
lilly lillyahna lillyan lillyana lillyanah lillyann lillyanna lillyannah lillyanne lillyauna
lillybeth lillyen lillyian lillyin lillymae lillyn lillynn lillyona lillyonna lillyrose lillyth
lilo lilou lilu lily lilya lilyah lilyahna lilyan lilyana lilyanah lilyani lilyann lilyanna
lilyannah lilyanne lilyauna lilybelle lilybeth lilyen lilygrace lilyian lilykate lilymae
lilymarie lilyona lilyonna lilyrose lilyth lima lina linae linah linaya lincy linda lindaann
lindalee lindalou lindamarie linday linde lindee linder lindey lindi lindia lindie lindita
lindora lindsay lindsea lindsee lindsey lindsi lindsie lindsy lindyn lindzee lindzey lindzi
lindzie lindzy linea linelle linet lineth linett linetta linette linita linlee linleigh linley
linna linnae linnaea linnea linnet linnette linsay linsey linsi linsie linsy linzee linzey linzi
liona liora lira liridona lirio lis lisa lisaann lisaanne lisabeth lisamarie lisandra lisania
lisanna lisanne lisbet lisbeth lise lisel liselle liset liseth lisett lisette lisha lisia lisl
lismary lissa lissandra lisset lissete lisseth lissett lissette lissie lissy lisvet lita litha
lithzy litia liticia litisha lititia litsy littie littzy litzi litzy litzzy liv livana lively
livi livia liviah livian liviana livianna livie livier liviya livvie livvy livy livya liya liyah
liyana liyanna liyat liyla liylah liyu liz liza lizabella lizabeth lizamarie lizandra lizania
lizann lizanne lizbet lizbeth lizbett lizbette lizelle lizet lizete lizeth lizett lizette lizmar
lizmari lizmarie lizmary lizvet lizveth lizvette lizza lizzet lizzete lizzeth lizzett lizzette
lizzie lizzy lladira llana llasmin llesenia lluvia loa loan loana loann loanne loany lockie
locklynn lodema loella loeta loetta logann loganne logynn loida loie lois loisann loise loisteen
loistine lojain lokelani lola lolah lolanda loleta loletha loletta lolita lolitha lolitta lollie
lolly loma lona londa londan londin londyn londynn loneta lonetta lonette loni lonia lonisha
lonita lonna lonnetta lonnette lonni lonnisha lonya lonzetta lora lorae lorah loraina loraine
lorainne loralai loralee loralei lorali loralie loralye loralyn loralynn lorana loranda lorane
lorann loray lorayne lore lorea loreal lorean loreatha lorece loreda loredana loree loreen
loreena lorel lorelai lorelee lorelei loreley loreli lorelie lorella lorelle lorely lorena
lorenda lorene lorenia lorenna loresa loreta loretha loretta lorette loretto lorey lori loria
loriah lorian loriana loriann lorianna lorianne loribeth lorice lorie lorieann loriel lorielle
lorien loriene lorijean lorilee lorilei lorilyn lorilynn lorina lorinda lorine lorisa lorissa
lorita lorna lorra lorrain lorraina lorraine lorrane lorrayne lorre lorree lorrena lorrene
lorretta lorri lorriane lorriann lorrianne lorrie lorrina lorrinda lorrine lorryn loryn lorynn
lossie lota lotoya lotta lottie lotus louan louana louann louanna louanne loucille loucinda
louella louellen louetta lougenia louisa louise louisiana louiza loukisha loukya loula louna
lounell lounette loura lourdes lourdez louren lourene louretta louri lourie lourine lousie
louvenia louvina louvinia lova loveah loveda lovelee loveleen lovella lovely lovelyn lovelynn
lovena lovenia loveta lovetta lovette lovey lovina lowana lowanda lowanna loxie loyalti loyda
loyola loza ltanya ltonya lu lua luana luane luann luanna luanne luara luba luberta lubertha
lubna luccia lucciana lucee lucelia lucely lucendia lucerito lucero lucetta lucette lucey
luchana luci lucia luciana luciann lucianna lucianne lucie luciel luciella lucielle lucienne
lucila lucile lucilia lucilla lucille lucillia lucillie lucina lucinda lucindia lucindy lucine
lucita lucrecia lucresha lucresia lucretia lucrezia lucy lucyana lucyann lucyanna lucynda ludean
ludell ludella ludene ludivina ludmila ludmilla ludwika luella luellen luetta luevenia lugenia
luisa luisafernanda luisana luisanna luise luiza lujain lujane lujayn lujean lujuana lukisha
lula lulabelle lulamae lulani lulia lulla lulu lulubelle luma lumen lumi lumina lun luna
lunabella lunabelle lunah lundyn lundynn lunell lunette lunna lupie lupita lura lurae lurana
lurdes luree lurena lurene luretha luretta lurine lurlean lurleen lurlene lurline lus lusero
lusia lusine luticia lutie lutisha lutricia luul luvenia luvia luvina luvinia luwam luwana
luwanda luwanna luxe luxie luz luzclarita luzelena luzia luzma luzmaria luzmarie lya lyah lyana
lyandra lyani lyann lyanna lyanne lyasia lyba lyberti lyberty lycia lyda lydea lydia lydiah
lydian lydiana lydiann lydianna lydie lygia lyla lylah lylee lylia lyliah lylian lyliana
lylianah lylianna lylie lylith lylla lyllah lylli lyllian lylliana lyllie lyly lymari lyna lynae
lynann lynanne lynasia lynda lynde lyndee lyndi lyndia lyndie lyndin lyndora lyndsay lyndse
lyndsee lyndsey lyndsi lyndsie lyndsy lyndy lyndzee lyndzi lyndzie lyne lynea lynee lyneisha
lynelle lynese lynesha lynessa lynett lynetta lynette lynia lyniah lynise lynisha lynita lynlee
lynleigh lynley lynlie lynna lynnae lynnann lynnanne lynnda lynne lynnea lynneah lynnel lynnell
lynnelle lynnet lynnett lynnetta lynnette lynnex lynniah lynnita lynnix lynnlee lynnleigh
lynnley lynnmarie lynnon lynnsey lynnsie lynnzee lynnzie lynora lynore lynsay lynsee lynsey
lynsi lynsie lynsy lynze lynzee lynzey lynzi lynzie lynzy lyra lyrae lyrah lyrica lyrical lyricc
lyrics lyrika lyrique lyris lysa lysandra lysbeth lysette lysha lyssa lyssette lytonia lytzy
lyvia lyvonne lyza lyzbeth lyzette ma maahi maaliyah maame maanasa maansi maanvi maanya maat
maaya maayan mabel mabelene mabeline mabell mabelle mable mabrey mabrie macady macaela macaila
macala macalah macall macarena macaria macayla macaylah macaylee macee macel macelyn macenzie
macey machaela machala machayla machele machell machelle maci macie macii macilynn mackayla
mackena mackenize mackenna mackensey mackensi mackensie mackenze mackenzee mackenzey mackenzi
mackenzye mackinlee mackinsey mackinze mackinzee mackinzie mackynzie maclovia maclyn macrina
macy mada madai madailein madalaine madalee madaleine madalen madalena madalene madalin madalina
madaline madalyn madalyne madalynn madalynne madasin madason madasyn maday maddalena maddalyn
maddalynn maddeline maddelyn maddelynn maddi maddie maddielynn maddilyn maddilynn maddisen
maddison maddisyn maddy maddyn maddysen maddyson madeeha madelaine madelein madeleine madelen
madelena madelene madeleyn madeliene madelin madelina madeline madelinn madelis madelline
madellyn madelon madelyn madelyne madelynn madelynne madesyn madge madgie madhavi madhuri madi
madia madicyn madie madigan madiha madilee madilin madiline madilyn madilyne madilynn madilynne
madina madinah madine madisan madisen madisin madison madissen madisson madissyn madisun madisyn
madisynn madline madlyn madlynn madolyn madolynn madonna madora mady madylan madylin madyline
madylyn madylynn madyn madysen madysin madysn madyson madysson madysun madysyn mae maebel
maebell maebelle maebh maebree maebry maeby maeci maecie maecy maecyn maedell maegan maegen
maeghan maeghen maekayla maela maelani maelea maelee maeleigh maelena maelene maeley maeli
maelie maelin maelle maely maelyn maelynn maelys maeola maeryn maeva maeve maeven maevis maevyn
maezie mafalda magaby magalene magali magalie magaline magally magaly magan magaret magda
magdala magdalen magdalena magdalene magdalina magdaline magdalyn magdalynn magdelena magdelene
magdeline magdelyn magen magenta maggi maggie maggy maghan maghen magie magnolia magon
maguadalupe maha mahagony mahaila mahak mahala mahalah mahaley mahalia mahalie maham mahana
mahasin mahathi mahati mahayla mahdiya mahealani maheen mahek mahelet mahi mahia mahika mahima
mahina mahira mahita mahitha mahiya mahiyah mahkayla mahlani mahlaya mahlet mahli mahlia mahniya
mahnoor mahogani mahoganie mahogany mahogony mahra mahreen mahri mahria mahrosh mahrukh mahsa
mahum mahveen mahya mai maia maiah maiana maiara maicee maicey maicie maicy maida maiesha maigan
maigen maija maikayla maikou maila mailan mailani maile mailee maileen mailen mailey maili
mailin maille maily mailyn mailynn maimouna maimuna maira mairani mairany maire mairead mairely
mairen mairi mairim mairin mairlyn mairyn mais maisa maisee maisey maisha maisie maisley maisy
maite maitlyn maitri maitte maiya maiyah maizee maizey maizie maizy maja majel majesta majesti
majorie maka makaela makaelah makaelyn makahla makaia makaiah makaila makailah makailee makailey
makailyn makaiya makaiyah makala makalah makalee makaleigh makaley makali makalia makaliah
makalie makalya makalyn makalynn makara makaria makaya makayah makayela makayia makayla makaylah
makaylan makayle makaylee makayleigh makaylen makayli makaylia makaylie makaylin makaylla
makaylyn makaylynn makda makeba makeda makeena makeesha makeia makeila makeisha makela makella
makelle makena makenah makendra makenize makenlee makenleigh makenley makenli makenlie makenly
makenna makennah makensey makensi makensie makensley makensy makenya makenze makenzee makenzey
makenzi makenzie makenzii makenzy makenzye makesha makeshia maketa makeya makeyla makhala
makhayla makhia makhiya makhya makhyla makia makiaya makiba makila makilah makina makini
makinlee makinleigh makinley makinly makinna makinnley makinsey makinsley makinze makinzee
makinzey makinzi makinzie makinzy makira makisha makita makiya makiyah makiyla makyia makyiah
makyla makylah makylee makylie makyna makynlee makynleigh makynli makynlie makynna makynze
makynzee makynzi makynzie makyra makyrah mala malaak malae malahni malai malaia malaiah malaija
malaijah malaika malaina malaisha malaiya malaiyah malaja malajah malaka malala malan malana
malaney malani malania malanie malaree malari malarie malary malasha malashia malasia malaun
malavika malay malaya malayah malayasia malayia malayiah malayja malayjah malayla malayna
malaysha malayshia malaysia malaysiah malayzia malea maleah maleaha malee maleea maleeah maleeha
maleeka maleena maleeya maleeyah maleia maleiah maleigh maleigha maleiya maleiyah maleka malena
malene maleni malenie maleny malerie malery malesa malesha malessa maley maleya maleyah maleyna
malgorzata mali malia maliah maliaka malibu malicia malie maliea maliha malika malila malillany
malina malinda malini malisa malise malisha malissa malissia malita maliya maliyah maliyani
maliyha malka malke malkia malkie malky mallak mallarie mallary mallerie mallery malley malli
mallika mallisa mallissa malloree mallorey mallori mallorie mallory mally maloni malonie maloree
malorey malori malorie malory malu malva malvika malvina maly malya malyah malyia malyiah malyka
malyn malyna malynda malynn malyssa mama mame mamie mammie mamta mamye manaal manahil manal
manali manami manar manasa manasi manasvi manasvini manda mandalyn mandalynn mandana mande
mandee mandi mandie mandilyn mandisa mandolin mandolyn mandra mandy mane maneh maneka manessa
manette manha maniah manica manie manika manina manisha maniya maniyah manna mannat manon
manreet manroop mansi manuela manuelita manuella manvi manvitha manya manyah mao maple maquita
mara marabella marabelle marabeth marae maragret marah marai maraiya marajade maraki maral
maralee maralene maralyn maralynn maram maranatha maranda marangely marasia maraya marayah
marbella marbeth marca marcayla marcea marcedes marcee marceil marcela marcele marcelene
marcelia marcelina marceline marcella marcellene marcellia marcellina marcelline marcelyn
marcena marcene marcey marcha marchae marche marchele marchell marchelle marcheta marchetta
marchia marchita marci marcia marciana marcianna marcianne marcie marcile marcilla marcille
marcina marcine marcita marcy marda mardean mardee mardel mardella mardelle mardene mardi marea
mareah maree mareen mareena mareesa mareka mareli marelin marella marelly marely marelyn maren
marena marenda marene maresa maresha mareshah maressa maret mareta maretta mareya marg marga
margalit margan margaree margaret margareta margaretann margarete margareth margaretha
margaretmary margarett margaretta margarette margarie margarine margarita margarite margart
margaux marge margean margeart margeaux margee margel margene margeret margerie margert margery
marget margherita margi margia margie margit margo margorie margot margreat margree margret
margrete margrethe margrett margretta margrette margrit marguarite marguerita marguerite
margueritte marguetta marguita margurette margurite margy marhta mari maria mariabelen
mariabella mariaceleste mariachristina mariaclara mariacristina mariade mariadejesus mariadel
mariadelaluz mariadelcarmen mariadelosang mariadelrosari mariaeduarda mariaelena mariaelizabeth
mariafernanda mariaguadalupe mariah mariaha mariahlynn mariaisabel mariaisabella mariajose
marial marialena marialice marialis marializ marialuisa marialuiza marialy marialyce mariam
mariama mariamawit mariame marian mariana marianah mariane marianela marianella mariangel
mariangela mariangely mariani marianita mariann marianna marianne marianny mariany mariapaula
mariateresa mariatheresa mariavictoria maribel maribell maribella maribelle maribeth marica
maricar maricarmen maricel maricela maricella maricia maricris maricruz maricsa maricza marida
maridee maridel marie mariea marieann marieanne marieclaire marieelena marieke mariel mariela
mariele marielena marieli marielis marieliz mariell mariella marielle mariellen marielly
marielouise mariely marielys mariem marieme marien mariena mariene mariesa mariesha mariessa
marieta marietou marietta mariette marifer marigene marigny marigold marigrace mariha marihanna
marija marijah marijane marijayne marijean marijke marijo marijose marika marikate marikay
mariko marilea marilee marilena marilene marili marilin marilisa marilla marillyn marilou
marilouise marilu mariluz marily marilyn marilyne marilynn marilynne marimar marina marinah
marinda marine marinell marinna mariona marionette marionna maripat maripaz mariposa marirose
marisa marisabel marisah marisal marise marisel marisela mariselda marisella marisha marishka
mariska marisleysis marisol marissa marissah marissia marisue marit marita maritere marites
maritess marithza maritsa maritssa maritta maritza marium marivel marivi marixa mariya mariyah
mariyam mariyana mariyanna mariza marizela marizol marizza marja marjan marjani marjean marji
marjie marjo marjoria marjorie marjory marka markaila markala markan markasia markaya markayla
markaylah markea markecia markeda markeesha markeeta markeia markeisha markeita markela markella
markenzie markeria markesha markeshia markesia marketa marketia marketta markevia markeya
markeyla markeysha markeyta markia markiah markida markiesha markieta markisha markita markitta
markiya markiyah markyla marla marlaina marlaine marlana marlane marlasia marlaya marlayna
marlayne marlaysia marlea marleah marlean marleana marlee marleen marleena marlei marleigh
marlem marlena marlene marleni marlenne marleny marles marlesha marlet marleta marletta marlette
marleyna marli marlia marlicia marlie marlies marlina marlinda marline marlis marlisa marlise
marlisha marliss marlissa marlita marliyah marlou marly marlyce marlyne marlynn marlys marlyse
marlyss marna marnae marne marnee marnesha marnetta marnette marney marni marnice marnie
marnisha marnita marny marolyn maronda marquasha marquasia marqueisha marquella marquerite
marquesa marquesha marqueshia marqueta marquetta marquia marquiesha marquisa marquisha marquisia
marquita marquite marquitia marquitta marra marrah marranda marren marri marria marriah marrian
marriana marrianne marrie marrietta marrina marrisa marrissa marry marsa marsela marsella
marsena marsha marshae marshai marshawna marshay marshayla marshe marshea marsheila marshelia
marshella marshelle marshia marsi marsia marsie marta martasia martavia marteen marteka martena
martene martesha martha marthann marthe marthella marti martia martiana martica marticia martika
martina martinique martisha martita martiza martyna marua marva marvalene marveen marvelene
marveline marvella marvelyn marvena marvene marvetta marvette marvia marvina marvine marwa
marwah mary marya maryagnes maryah maryalice maryalyce maryam maryama maryan maryana maryangel
maryann maryanna maryanne marybel marybell marybella marybelle marybeth marycarmen marycarol
marycatherine maryclaire maryclare marycruz marye maryela maryelizabeth maryella maryellen
maryem maryetta maryfer maryfrances marygrace maryhelen maryia maryiah maryjane maryjayne
maryjean maryjo maryjoan maryjose marykate marykatherine marykathleen marykathryn marykay maryl
marylan marylea marylee marylen marylene marylin maryln marylon marylou marylouise marylu
marylyn marylynn marylynne marymar marymargaret maryn maryna marynell maryon maryonna maryori
marypat marypatricia maryrita maryrose maryruth marysa maryse marysia marysol maryssa marysue
marytheresa marytza maryum maryuri marzella marzetta marzia masa masako masey masha mashal
mashanda mashayla mashell mashelle mashonda masie masiel masina massa massiel mata matalie
matalin matalyn matalynn matasha mataya matayah matea matelyn mateya matha mathea mathilda
mathilde matia matiana matigan matika matilda matilyn matilynn matina matisha matison matisyn
matlyn matoya matraca matrice matricia mattalyn mattalynn mattea mattelyn mattie mattilyn
mattilynn mattisen mattisyn mattye maty matylda maud maude maudean maudell maudene maudie
maudine maudry mauna maura maureen maureena maurene mauresha mauria mauriah mauriana maurianna
maurica mauricia maurina maurine maurisa maurisha maurissa maurita mava mavery mavis mavourneen
mawada maxcine maxene maxima maximina maxine may maya mayah mayana mayanna mayara mayari maybel
maybeline maybell maybelle maybelline maybree maybrie mayce maycee mayci maycie mayda maydelin
maydell maye mayela mayeli mayelin mayella mayely mayerli mayerlin mayerly mayetta maygan maygen
mayia mayim maykala maykayla mayla maylah maylan maylani maylanie mayle maylea maylee mayleen
maylei mayleigh maylen maylene mayley mayli maylia maylie maylin mayline mayling maylyn maylynn
mayme maymie maymuna maymunah mayola mayra mayraalejandra mayrani mayreli mayrene mayrim mayrin
maysa maysam maysel maysie maysoon maysun maytal mayte maytee maythe maytte mayu mayukha mayumi
mayuri mayven mayvis mayzee mayzie mazal mazel mazell mazella mazelle mazey mazie mazikeen
maziyah mazlyn mazy mazzie mazzy małgorzata mber mccayla mckaela mckaila mckailey mckala mckayla
mckaylah mckaylee mckaylie mckaylin mckell mckelle mckena mckenah mckendra mckenize mckenlee
mckenleigh mckenna mckennah mckensey mckensi mckensie mckenze mckenzee mckenzey mckenzi mckenzie
mckenzy mckenzye mckinlee mckinleigh mckinlie mckinly mckinna mckinsey mckinsley mckinze
mckinzee mckinzey mckinzi mckinzie mckinzy mckyla mckynlee mckynleigh mckynlie mckynna mckynzee
mckynzi mckynzie mea meadow meagan meagen meaghan meaghann meaghen meagon meah meara measha
measia meca mechele mechell mechelle mechille meckenzie meda medea medha media medina medora mee
meeah meegan meeghan meeka meekah meela meelah meena meenakshi meera meesha meeya meeyah meg
megahn megan megana megann meganne megean megen meggan meggen meggie meggin megha meghaan megham
meghan meghana meghann meghanne meghen meghin meghna megin megon megumi megyn meha mehak mehana
mehek meher mehgan mehlani mehr mehreen mehwish mei meia meiah meichelle meigan meighan meika
meila meilah meilani meilanie meilany meili meilin meiling meily meilyn meira meisha meital
meiya meka mekaela mekah mekaila mekala mekayla mekaylah mekeba mekenna mekenzi mekenzie mekesha
mekhia mekhiya mekia mekisha mekiya mekiyah meklit mela meladee meladie melady melah melaina
melaine melainie melana melane melanee melaney melani melania melanie melanni melannie melanny
melany melanye melasia melat melaya melayah melayna melaysia melba melda mele melea meleah
meleana meleane melecia meleena meleia meleigha melena melenda meleni melenie meleny melesa
melesia melessa melessia meli melia meliah meliana melicent melicia melida meliha melika melina
melinda meline melinna melis melisa melise melisha melisia meliss melissa melissaann melisse
melissia melisssa melita melitta melitza meliya meliyah meliza melizza mella mellanie mellany
mellie mellina mellisa mellissa mellissia mellody mellonie mellony melode melodee melodey melodi
melodie melody melodye melondy melonee meloney meloni melonie melony melora melrose melva
melvena melvenia melvia melvie melvina melvinia mely melyna melynda melynn melysa melyssa memori
memorie memory menaal mende mendi mendie menna mennie menucha meosha meoshia mera merab meradith
meraiah meral meranda merari merary mercades mercadez mercadies mercede mercedees mercedes
mercedez mercedies merci mercia mercie mercy merdis merecedes meredeth meredyth merelin merelyn
meri meria meriah merial meriam merian merianne meribeth merica merida meridee meridel merideth
meridian meridith meridyth merie meriel meriem merika merikay merilee merilyn merilynn merin
merina merinda meris merisa merisha merissa merita meriyah merla merlean merleen merlene merliah
merlie merlina merlinda merline merly merlynn merna merranda merredith merri merriah merriam
merriann merrianne merribeth merrideth merridith merridy merrie merrilee merrillyn merrily
merrilyn merrin merrisa merrissa merry merryl merryn mersades mersadez mersadie mersadies
mersaydes mersedes mertha mertice mertie mertis merve mery meryam meryem meryn mesa mescal
meschelle mesha meshawn meshell meshelle meshia messina meta metra metta mette mettie metzli
metzly metztli meuy mey meya meyah meygan meyli meylin meztli mhia mi mia miaa miabella miabelle
miagrace miah miaisabella miaja miakoda mialani mialee mialynn miamarie miami miamor miana
miangel miani mianna miara miarose miasha miasia miata miaya micaela micaella micahla micahya
micaila micala micalah micayah micayla micaylah micca michaela michaelah michaelann michaelanne
michaele michaeleen michaelene michaelia michaelina michaeline michaella michaelle michaelyn
michaila michala michalah michalea michalene michalia michalina michaline michalla michalle
michaya michayla miche michea micheala micheale michealla michealle michela michelee michelene
michelina micheline michella michelle michelleann michellee michellie michelyn michielle michiko
michille michol michole michon mickaela mickala mickayla mickela mickelle mickenna micki micole
mida midajah midge midgie midori mieisha mieka mieke mieko miel miela mielle miesha mieshia
miette migdalia mignon mignonne miguelina miha mihaela mihika mihira miho miia mija mijah
mikaela mikaelah mikaella mikaelyn mikahla mikaia mikaila mikailah mikaili mikaiya mikala
mikalah mikalia mikalya mikalyn mikalynn mikaya mikayah mikayela mikayla mikaylah mikaylee
mikayli mikaylin mikea mikeala mikeia mikeila mikeisha mikela mikella mikelle mikelyn mikena
mikenna mikenzi mikenzie mikenzy mikera mikeria mikesha mikeshia mikeya mikeyla mikhaela
mikhaila mikhala mikhayla mikhia miki mikia mikiala mikila mikinley mikinzie mikira mikisha
mikita mikiya mikiyah mikka mikkayla mikki miku mikya mikyah mikyla mikylah mikyra mila milady
milagro milagros milah milaina milana milani milania milanie milanna milanni milany milanya
milarose milaya milayah milayna milaysia milca milcah milda milderd mildred mildreth milea
mileah milee mileena mileidy mileigh milena milene milenia milenka milessa miley mileydi mili
milia miliah miliana miliani milianna miliany milica milicent milie milika mililani milina
milinda milisa milissa milissia militza miliyah milka milla millani millee millena millenia
millennia millennium millette milley milli milliana milliani millianna millicent millie millisa
millissa milly milove milta mily milyn milynn mima mimi minaal minah minahil minal minami minda
mindee mindel mindi mindie mindy minela minelly minerva minetta minette minha mini miniya minji
minka minna minnah minnette minnie minori minsa minta mintie minyon mionna miosha miosotis
miquela mira mirabel mirabella mirabelle miracle mirae mirage mirah mirai mirakle miral miranda
mirandah mirari miray miraya mirayah mirca mircale mireille mirel mirela mirella mirelle mirely
miren mirenda mireya mireyah mireyli mirha miri miria miriah miriam mirian miriana miricle
mirielle mirinda mirisa mirissa miriya mirjana mirka mirla mirna mirola mironda miroslava mirra
mirrah mirranda mirren mirriam mirsa mirta mirtha miryah miryam misa misaki misato misbah
mischele mischell mischelle mishaal mishal mishay mishayla misheel mishel mishele mishell
mishelle mishika mishka mishti misk miski missey missi missie missouri missy miste mistee
mistelle mistey misti mistie mistina misty mistydawn mita mitali mithra mitra mitsue mitsuko
mitsy mittie mitzi mitzie mitzy miu miwa mixtli miya miyabi miyah miyako miyana miyani miyanna
miylah miyoko miyona miyonna miyoshi miyu miyuki mizani mizuki mkayla mkenzie mliss mlissa mlynn
moana moani modean modena modene modesta modestine modesty modupe moeisha moesha moeshia moet
mohini mohogany moira moksha molina molinda mollee molleigh molley molli mollie molly mollyann
mollye momina momo momoka momoko mona monaca monae monai monalee monalisa monasia monay monaye
moncerat moncerrat moncerrath monchel moncia monda monday mone monea moneca monecia monee
moneisha moneka monesha moneshia monet monetta monette moni monia monic monica monice monicia
monick monicka monie moniece moniesha monifa monifah monigue monik monika monike moniqua monique
monisa monise monisha monita monna monnica monque monquie monserat monserath monseratt monserrat
monserrath monserratt montanna montasia montavia montaya monteen montia montica montina montine
montinique montserrat montserrath montzerrat monya monyette monzerat monzerath monzerrat
monzerrath moorea mora moraima moranda morayma morayo moreen morelia morena morene morenike
morgaine morgana morgane morgann morganna morganne morghan morgin morgyn moria moriah morine
morissa moriya moriyah morna morning morningstar morriah morrigan morrighan morrisa morrissa
morticia mosella moselle mosetta mossie motunrayo mouna movita moxie moya moyinoluwa moyra
mozella mozelle mozetta mridula mry mubina mulan mulani mulki mumina mumtaz muna muneera
muneerah munira munirah munisa muntaha muntas muntaz muranda murdis muriah murial muriel
murielle murlean murlene murline murna murphie murtis mushka mushtaq muskaan muskan muslima mya
myah myalee myalynn myami myana myangel myani myanna myar myasia myasiah mycala mychaela mychele
mychelle myda myeasha myeesha myeisha myelle myesha myeshia myha myia myiah myiesha myisha
myishia mykaela mykaila mykala mykalah mykalia mykayla mykaylah mykea mykeia mykeisha mykela
mykelle mykenna mykenzi mykenzie mykeria mykesha mykhia mykia mykiah mykira myla mylah mylani
mylasia mylea myleah mylee myleen mylei myleigh myleka mylena mylene myley myli mylia myliah
mylie mylinda mylinh mylisa mylisha mylissa myliyah mylove mylynn myna myndi mynesha myona myong
myonna myosha myoshi myra myracle myrah myrakle myranda myrella myrene myria myriah myriam
myrian myrical myricle myrikal myrissa myrka myrla myrlene myrna myrta myrtha myrtice myrtie
myrtis myrtle mysha myshia mystery mysti mystic mystica mystie mystique mysty mythili myya naa
naama naamah naara naarah naasia naava naavah naavya naba nabeeha nabeela nabiha nabihah nabila
nabilah nabria nachelle nacole nacona nacy nada nadalee nadalie nadalyn nadalynn nadea nadean
nadeen nadege nadeja nadelyn nadene nadezhda nadia nadiah nadija nadin nadina nadine nadira
nadirah nadiya nadiyah nadja nadra nadya nadyah nadyne naeema naeemah naela naelani naelle naema
naeomi naesha naevia nafeesa nafeesah nafisa nafisah nahal nahara nahdia nahia nahiara nahima
nahja nahjae nahla nahlani nahlia nahomi nahomy nahriah naia naiah naiara naida naidelin naidely
naidelyn naiema naiesha naija naijah naika naila nailah nailani nailea naileah nailyn naima
naimah naina nainika naiomi naiomy naira nairah nairi nairoby naisha naiya naiyah naiyana naja
najah najat najely najha najia najiah najiyah najla najma najmah najmo najwa nakaia nakaila
nakaiya nakala nakasha nakaya nakayla nakaylah nakea nakeda nakedra nakeema nakeesha nakeeta
nakeia nakeisha nakeita nakeitha nakema nakendra nakenya nakera nakeria nakesha nakeshia nakesia
naketa nakeya nakeyia nakeysha nakhia nakhiya nakiah nakida nakiea nakiesha nakima nakina nakira
nakisha nakishia nakita nakiya nakiyah nakkia nakshatra nakya nakyah nakyia nakyiah nakyla
nakylah nakyra nala nalah nalani nalanie nalany nalaya nalayah nalaysia nalda nalea naleah nalee
naleigh naleigha naleyah nali nalia naliah nalina nalini naliya naliyah nalla nallah nalleli
nallely nalley naloni naly nameera nami namia namiah namiko namine namira namirah namita namiya
namiyah namrata namya nan nanako nanami nanayaa nance nancee nancey nanci nancie nancy nancyann
nancye nancyjo nancylee nandana nandi nandika nandini nandita nanea nanetta nanette nani nanie
nanine nanita nanna nannetta nannette nannie nansi nanyamka naoko naoma naome naomee naomi
naomia naomie naomii naomy naporsha naquesha naquisha naquita nara narah narali naraly naraya
narayah narcisa narcissa narcissus narda nardos nare nareh narely nargis nari naria nariah
narine narissa nariya nariyah narjes narjis narmeen nary narya naryah naryiah nasha nashae
nashali nashalie nashaly nashanda nashanti nashara nashay nashaya nashayla nashea nasheka
nashely nashia nashika nashira nashiya nashla nashley nashly nashonda nashya nasia nasira
nasirah nasiya nasiyah nasra nasreen nasrin nasro nastacia nastasha nastashia nastasia nastassia
nastassja nasteho nasya natacha natacia natahlia natahsa nataisha nataiya nataja natajah nataki
natalea nataleah natalee nataleigh nataley natali natalia nataliah natalie nataliee natalija
natalin natalina nataline nataliya nataliyah natallia natallie natally nataly natalya natalyah
natalye natalyia natalyn natalynn natane natania natanya natara natarsha natasa natascha natash
natasha natashia natasia natasja natassia natassja natausha natavia nataya natayah natayla
nataysha nateisha natelie natesha nateshia nathalee nathali nathalia nathalie nathally nathaly
nathalya nathalye nathania nathasha nathifa natia natica naticia natika natile natilee natilie
natily natilyn natilynn natina natira natisha natishia natiya natiyah natlie natonya natori
natoria natosha natoshia natoya natsha natsumi nattalie nattaly nattie naturelle naturi natusha
natya natylee naudia naureen nautia nautica nautika nava navae navaeh navah navaya navayah navea
naveah navee naveena naveh navey naveya naveyah navia naviah navie navika navil navina naviya
naviyah navleen navpreet navreet navya naw nawaal nawal naya nayab nayah nayalee nayali nayana
nayani nayanna nayara nayari nayda naydean naydeen naydeli naydelin naydeline naydelyn naydene
naydine nayela nayelee nayeli nayelie nayelis nayeliz nayelli nayellie nayelly nayely nayia
nayla naylah naylani naylanie naylea nayleah naylee nayleen naylene naylin nayma nayomi nayomie
nayonna nayra naysa naysha nayvee nayvie nayzeth nazalia nazanin nazarene nazaria nazariah nazia
nazifa nazira nazirah naziya naziyah nazli nazly nazyia nazyiah ndea ndeye ndia ndidi nea neah
neala nealie neariah neasha neasia neave neaveh necha nechama nechelle nechole nechuma necia
necola necole neda nedda nedia nedra neeharika neeka neela neelah neelam neeley neelie neena
neenah neera neesa neesha neeta neeti neetu neeva neeve neeya nefeli nefertari nefertiti
nefretiri negar negin neha neharika nehemie nehir neida neidra neidy neika neila neilah neilani
neile neily neira neisa neisha neita neiva nejla nejra neka nekayla nekeia nekeisha nekesha
nekeshia neketa nekeya nekisha nekita nekole nel nela nelani nelda neleah neleh neli nelia
neliah nelida nelissa nell nella nelle nellene nelli nellie nelline nelly nelma nelsa nelsie
nelsy nelta nelva nelwyn nely nemesis nena nene neola neoma neomi neomia neona neosha nephtalie
nera nerea nereida nereyda neria neriah nerida nerissa neriya neriyah nermeen nesa nesha neshia
nesreen nessa neta netanya netasha netha nethra netra netta nettie netty neva nevae nevaeh
nevaeha nevaen nevah nevaya nevayah neve nevea neveah neveen nevelyn nevena neveya neveyah nevia
neviah nevina neviyah neya neyah neyda neydi neyla neylin neyra neysa neysha neytiri neyva
nezzie nga ngan ngela ngina ngozi nguyet nhi nhu nhung nhyira nhyla nia niah niaja niajah niala
nialah nialani niambi niamh niamya niana niang niani nianna niaomi niara niasha niasia niaya
niayla nica nicci niccole nicha nichele nichell nichelle nichoel nichol nichole nicholette
nicholl nicholle nicia nickayla nickcole nickelle nickeya nicki nickia nickisha nickki nickol
nickola nickole nickolette nicle nicloe nicol nicolasa nicole nicoleanne nicolemarie nicolena
nicolet nicoleta nicolett nicoletta nicolette nicolina nicoll nicolle nicollette nicolly nicosha
nicoya nida nidhi nidia nidra nidya niela nielle niema niemah niesha nieshia nieve nigella
nigeria niha niharika nihira nija nijha nijia nika nikaela nikala nikaya nikayla nikcole nikea
nikeia nikeisha nikelle nikema nikera nikeria nikesha nikeshia niketa nikeya nikhila nikhita
niki nikiah nikida nikie nikiesha nikima nikira nikisha nikitha nikitia nikitta nikiya nikiyah
nikka nikki nikkia nikkie nikkisha nikkita nikkol nikkole nikky nikol nikole nikoleta nikoletta
nikolette nikolina nikolle nikya nikyah nikyla nikyra nila nilah nilaja nilam nilani nilaya
nilda niley nili nilka nillie niloufar nilsa nilza nimah nimco nimisha nimo nimra nimrah nimrat
nimrit nimsi nimue nina ninah ninamarie ninel ninetta ninette nineveh ninfa nini ninna ninoshka
ninoska niobe nioka nioma niome niomi niomie niquita nira nirali niralya niria nirmala nirvana
nirvi nisa nisaa nisha nishat nishelle nishi nishika nishita nishka nishtha nisreen nissa nissi
nita nitara nitasha nithila nithya niti nitika nitisha nitosha nitra nitya nitza nitzia niurka
niva nivea niveah nivedha nivedita niveen nivia nivriti nixie niya niyah niyana niyanna niyathi
niyati niyla niylah niyonna niza nizhoni njeri nkechi nkechinyere nkenge nneka nnenna nneoma
noami nobie nobuko nocole noela noelani noele noeli noelia noelie noella noelle noellie noelly
noely noemi noemie noemy noga nohealani nohelani noheli nohelia nohely nohemi nohemy nokomis
nola nolah nolana nolee nolia nolie nolita noma nomi nona noni nonie nonna nonnie noora noorah
nora noraa norah noralee noralyn noralynn noran norberta noreen noreene norelle norely norena
norene noreta noretta norhan nori noria noriah noriana norie norielle noriko norina norine
norinne norissa norita noriyah norleen norlene norma normajean normalee normalinda normandie
normandy norrine norva norvella noshin noura nourhan novalea novalee novalei novaleigh novali
novalie novaly novalyn novalynn novella novelle november novia novice novie noya nozomi nuala
nube nubia nuha nuhamin nupur nura nurah nuria nuriah nuriya nuriyah nury nusaiba nusaibah
nusayba nusaybah nusrat nuvia nya nyah nyaira nyairah nyaisa nyaisha nyaja nyajah nyala nyalee
nyana nyanna nyanza nyara nyarah nyarai nyari nyasha nyashia nyasia nyasiah nyazia nychelle
nycole nydia nyeema nyeemah nyeesha nyeisha nyela nyelah nyeli nyella nyelle nyelli nyellie
nyema nyemah nyemiah nyera nyesha nyeshia nygeria nyha nyhla nyia nyiah nyiesha nyila nyilah
nyima nyimah nyirah nyisha nyja nyjae nyjai nykayla nykea nykeisha nykera nykeria nykerria
nykesha nykhia nykia nykiah nykira nykisha nykita nykole nyla nylaa nylah nylani nylasia nylaya
nylea nyleah nylee nyleen nylene nylia nyliah nylie nyliyah nymeria nyna nyobi nyoka nyomi
nyomie nyonna nyota nyra nyrah nyriah nyrie nysa nysha nyshia nysia nyssa nytasha nyya nzinga
nzingha oakleigh oaklie oaklynn oanh oasis obdulia oceana oceane oceania oceanna octavia
octayvia octivia october odali odalis odaliz odaly odalys odeal odelia odella odelle odena
odessa odessia odessie odester odeth odetta odette odile odilia odyssey ofelia ofilia ogechi
ohana ohanna ohemaa ok okalani okema oksana oktober ola olamae olana olanna olean oleda olena
olene olesia olesya oleta oletha oletta oleva olevia olga olia oliana olimpia olina olinda oline
olisa olita oliva olive olivea oliveah olivette olivia oliviagrace oliviah oliviamarie oliviana
olivianna oliviarose olivine oliviya oliviyah olivya oliwia olla olubunmi oluchi olufunmilayo
olukemi oluwakemi oluwatoyin olympia olyvia olyviah oma omaira omara omaria omaya omayra omeka
omelia omera omesha omie ommie omnia omolara omolola omunique omya ona onalee onda ondine ondrea
ondria oneda onedia oneida oneika oneisha oneita oneka onelia onell onesha oneshia onesti onesty
oneta onetha onetta oneyda ong oni onia onica oniesha onika onisha onita oniya oniyah onna
onnika onora onya onyinyechi oona oonagh opal opalene opaline opel opha ophelia ople oprah orah
oralee oralia orchid oreatha orelia orena orenda orene oreta oretha oretta orfelinda oria oriah
oriana orianna orielle orine orissa orit oriya oriyah orlandria orlean orlena orlene orli
orlinda orly orma orna ornella orpha orquidea orquidia ortencia ortensia ortha orvella orvetta
orvilla oshyn osmara otelia othelia othella otila otilia otisha ottilia ottilie ouida oumou
ourania oveda ovella oveta ovetta ovida oviya oyinkansola oyuki oyuky ozella ozetta ozioma pa
pachia pacita padma padme paelyn paetyn paetynn paeyton pagan paget pahola pahoua paidyn paige
paighton paije pailey pailyn pailynn paisely paislea paislee paislei paisleigh paisley paisli
paislie paisly paislyn paislynn paisyn paiten paitlyn paityn paitynn paiyton paizlee paizleigh
paizley paizlie pakou palak palestine palin pallas pallavi pallie palma palmina palmira paloma
palyn palynn pam pama pamala pamale pamalee pamel pamela pamelia pamella pamelyn pami pamila
pamilla pamla pamlea pammie pammy pamula panagiota panayiota panda pandora pang panhia pansey
pansy pantera panzy paola paolina paquita para paradise paralee paraskevi pari parisa parisha
pariss parissa parlee parmis parneet parnika parthena parthenia particia parul parveen parys
pascale pascha pascuala pashence pashion pasqualina passion pasty patches pati patia patiance
paticia patience patina patirica patra patrcia patrece patrecia patreece patrena patrese patria
patrica patrice patricha patrici patricia patriciaann patriciajo patriciann patricie patriece
patrina patrisha patrisia patrizia patryce patrycia patrycja patsey patsi patsie patsy patsye
patt patte patti pattiann pattie pattijo pattricia pattsy patty pattye patzy paula pauleen
paulena paulene paulet paulett pauletta paulette paulina pauline paulisha paulita paulla
paullette paulyne pavani pavielle pavithra paw payal payeton payge paylen paylin payshence
payslee paysleigh paysley payslie paytan paytience paytn paytton paytyn payzlee payzlie peaches
pearl pearla pearle pearlean pearlee pearleen pearlena pearlene pearlie pearlina pearline pebble
pebbles pecola pecolia peg pegah pegeen pegge peggi peggie peggy peggyann peggye peggysue pegi
peighton peightyn peityn pelin pella pema pemberley penda penellope penelope penelopi penelopy
peni penina penley penne pennelope penney penni pennie penny pennye pennylane peola peony pepsi
percilla perdita perel peri perian periann perl perla perline perlita permelia pernie perpetua
persaeus persais persayus persephanie persephone persephonie persia persis pessel pessy petina
petra petrea petrice petrina petrita petrona petronella petronia petula peytan peytyn phaedra
phaith phala phallon phalyn phantasia pharah pharrah phebe phedra phelicia phenyx pheobe pheona
philadelphia philana philecia philena philicia philippa philis philisha phillicia phillina
phillipa phillippa phillis philomena philomene phiona phoebe phoebie phoenicia phoua phyillis
phylicia phylis phylisha phyliss phyllicia phyllis phylliss phyllistine pia piccola piedad
pieper piera pierina pierra pierrette pietra pietrina pihu pina pinkey pinkie pinky piper pippa
pipper pixie piya placida pleshette pocahontas poetry pola polet polette polina pollie polly
pollyann pollyanna ponda pooja poonam poorvi poppi poppy porcha porche porchea porchia porcia
porfiria porscha porsche porschea porschia porsha porshae porshay porshe porshea porshia portia
posy prabhleen prachi pragna pragnya pragya prairie prajna prakriti pranathi pranati pranavi
pranika pranisha pranita pranshi prapti prarthana prayer precilla preciosa precious preesha
preethi preeti preeya prema prerana prerna prescilla prescious preshus presious preslea preslee
preslei presleigh presli preslie presly preslyn preslynn pressly prestina pretty preya prezley
pria prianka pricella pricila pricilla pricillia pricsilla prim prima primrose princella princes
princesa princess princessa princetta prisca priscella priscila priscilla priscille priscillia
priseis prisha prisila prisilla prisma pristine priti pritika priya priyah priyal priyana
priyanka priyanshi promiss promyse prosperity providence providencia prudence prudie prudy
pryncess pualani puanani puja punam pura purity purva purvi pyper qadira qadirah qadriyyah qiana
qianna qiara qirat quadasia quadira quamesha quana quanae quanasia quanda quandra quaneesha
quaneisha quanesha quaneshia quanetta quaniesha quanika quanique quanisha quanita quaniya
quaniyah quanna quantasia quantavia quanteria quantia quantina quantisha quasha quasia quatasia
quatesha quatina quatisha queen queena queenie quenesha quenetta quenisha quenna quentasia
quentina querida quetcy quetzali quetzalli quetzally quetzaly quiana quianna quiara quida quiera
quierra quina quinasia quincie quineisha quinesha quineshia quinetta quinette quinisha quinita
quiniya quiniyah quinlee quinley quinlyn quinlynn quinne quinnesha quinnetta quinnisha quinnlee
quinnley quinnly quinnlyn quintana quintara quintasha quintasia quintavia quintella quintera
quinteria quinterra quintessa quintina quintisha quintoria quiona quisha quita qunisha quorra
quynh quynn qwynn raaga rabab rabecca rabecka rabeka rabekah rabia rabiah rachael rachal rachale
rachana rache racheal rachel rachelann rachelanne rachele rachell rachella rachelle rachiel
rachna rachyl racine racquel racquell racquelle rada radene radha radhika radiah radiance
radonna rae raea raeah raeana raeann raeanna raeanne raechal raechel raechell raechelle raedean
raegan raegann raegen raeghan raegin raegyn raejean raela raelea raelee raeleen raeleigh raelen
raelena raelene raeley raeli raelie raelin raelinn raelle raely raelyn raelyne raelynn raelynne
raena raenah raenell raenelle raenette raeonna raesha raeshell raetta raevan raeven raevin
raevyn raeya rafaela rafaelita rafaella rafeef raffaela raffaella raffinee rafia ragen ragena
raghad ragina ragine raguel raha rahaf rahcel raheema rahel rahima rahma rahmah rahniya raia
raiah raiana raianna raichel raigan raigen raighan raihana railee raileigh railyn railynn raima
raime raimee raimey raimi raina rainah rainbow rainee rainell rainelle rainie rainna rainy
raionna raisa raisha raissa raiven raivyn raiya raiyah raiyn raiza raizel raizy rajanae rajanee
rajean rajvi rakayla rakeb rakeisha rakel rakell rakesha rakeshia rakeya rakhia rakia rakiah
rakira rakisha rakita rakiya rakiyah raksha rakya rakyah ralene raley ralinda raliyah ralonda
ralphine ralyn ralynn ramah ramanda ramani ramata ramatoulaye ramaya rameka ramesha ramia ramiah
ramika ramina ramira ramisa ramisha ramiya ramiyah ramla ramona ramonda ramonia ramonica
ramonita ramsha ramsie ramya ramyah ramyia ramyiah rana ranada ranae ranasia ranata ranay ranaya
randa randalyn randi randilee randilyn randilynn randye ranea ranee raneem raneen raneisha
raneka ranelle ranesha raneshia ranessa ranetta ranette rania raniah ranie raniesha ranijah
ranika ranique ranisha ranita raniya raniyah ranna ranya ranyah ranyia ranyiah ranyla raphaela
raphaella raphaelle raqual raqueal raquel raquell raquelle raquita rarity rasa raschel raschelle
raseel rashada rashae rashana rashanda rashanna rashauna rashaunda rashawna rashawnda rashay
rashea rasheda rasheeda rasheedah rasheema rasheena rasheida rasheika rasheka rashel rashele
rashell rashelle rashema rashena rasheta rashia rashida rashidah rashika rashima rashita rashiya
rashmi rashonda rashonna rashunda ratasha rateel ratisha raushanah ravae ravan raveen raveena
ravenna ravenne ravensymone ravina ravleen ravneet ravonda ravyn ravynn rawan rawda raya rayah
rayahna rayana rayann rayanna rayannah rayanne raychel raychell raychelle rayelle rayelynn
rayetta rayette raygan rayhana rayhanna rayla raylea raylee rayleen raylei rayleigh raylena
raylene rayley raylie raylinn raylynn raylynne rayma raymona raymonda raymonde rayna raynah
raynee rayneisha raynelle raynesha raynetta raynette rayni rayniah raynie raynisha rayniya
rayniyah raynna rayola rayona rayonna raysa raysha rayshell rayshonda rayssa rayvin rayvn rayya
rayza razan razia raziah raziya raziyah reagann reaghan reagin reagyn reah reality realynn reana
reann reanna reannah reanne reannon reata reatha reather reauna reba rebacca rebakah rebbeca
rebbecca rebbie rebeca rebecah rebecca rebeccah rebeccalynn rebecka rebeckah rebeka rebekah
rebekan rebekha rebekka rebekkah rebelle rebie rechel rechell rechelle rechy recia redia rediet
redina redith redonda redonna ree reeanna reeda reem reema reemas reena reene reenie reesa
reesha reeshemah reet reeta reeva reeya refugia regana regann reganne regeana regena regene
regenia regenna reghan regina reginae regine reginia reginna regla regnia reha reham rehana
rehanna rehema rehmat reia reiana reianna reida reigan reighan reighlyn reighlynn reigna reika
reiko reilyn reilynn reina reine reinette reisa reisha reita reitha reizel reizy rejeana
rejeanne rejina rejoice reka rekha rekia rekisha rekita relda relena relinda rella rema remas
remedios remedy remee remell remiah remie remii remingtyn remini reminisce remmi remmie remona
remonia remonica rena renad renada renae renai renalda renarda renata renate renatha renatta
renay renaya renaye renda rendi renea reneasha renecia renee reneisha reneka renelda renella
renelle renesha reneshia renesmae renesmay renesme renesmee renessa reneta renetta renette
renezmae reni renia reniah renica renice renie renika renise renisha renita reniya reniyah
renleigh renna rennae rennee rennette renona renota renu renuka renya reola reona reonna requel
resa resha reshanda reshell reshma reshonda reshunda ressa ressie reta retaj retal retha rether
rethia retia retina retta reva revae reveca revecca reverie revia revonda rewa rexann rexanna
rexanne rexene rexine reya reyah reyana reyann reyanna reyanne reygan reylene reylynn reyna
reynah reynalda reyne reyonna rhae rhaegan rhaelyn rhanda rhandi rhaniya rhapsody rhawnie rhaya
rhayne rhea rheagan rhealyn rhealynn rheana rheann rheanna rheanne rheannon rheba rheda rhegan
rhelda rhema rhena rhenda rhesa rheta rhetta rheya rhia rhiana rhiann rhianna rhiannan rhianne
rhiannon rhianon rhilee rhilyn rhilynn rhina rhionna rhiya rhiyanna rhoda rhodesia rhodora rhona
rhonda rhondalyn rhondi rhondia rhonna rhunette rhya rhyana rhyann rhyanna rhyanne rhyannon
rhyla rhylea rhylei rhyleigh rhyli rhylie rhylynn ria riah riahna riana riane riann rianna
riannah rianne riannon riata rica ricarda ricca richa richanda richarda richardean richardine
richel richele richell richelle richetta ricka rickayla rickeisha rickel rickell rickelle
rickesha ricketta rickeya rickia rickisha rickita rickiya rickiyah rickya ricole ricquel riddhi
riddhima ridhi ridhima rie rielle rielyn rielynn rifka rifky riham rihana rihanna rihonna rika
rikayla rikia rikita rikiya rikiyah rikka rikkia rilda rilea rilei rileigh rileyann rileyanne
rilie rilla rilya rilynn rilynne rim rima rimsha rina rinda rindi rindy rini riniyah rinley
rinna rinnah rinoa riona rionna risa risako rise risha rishika rishita rissa rita ritaann ritaj
rital ritamarie ritha rithanya rithika riti ritika ritisha ritta rittany ritu riva riviera rivka
rivkah rivky riya riyah riyana riyanna riyanshi riza roaa roann roanna roanne robbye robbyn
robecca robena roberta robertha robertine robertta robina robine robinette robinn roblyn robyn
robyne robynn robynne rocelyn rochanda rochel rochele rochell rochella rochelle rocio rockell
rockelle rocquel rocsi roda roderica rodina rodneisha rodnesha rodneshia rodnika rodnisha
rodricka roena rogena rogene rogenia rogina roha rohini rohnda roise roisin roiza roizy rojean
rokaya rokeisha rokhaya rokia rokisha roksana rola rolanda rolande rolayne rolena rolene rolinda
rollene rolonda romaisa romana romanda romanita romayne romeka romelda romelia romesha romilda
romilly romina romona romonda romonia romonica romunda romya rona ronada ronae ronalda ronalee
ronalyn ronasia ronata ronda rondalyn rondi rondia ronecia ronee roneisha roneka ronella ronesha
roneshia ronetta ronette ronia ronica ronice roniesha ronika roniqua ronique ronisha ronita
roniya roniyah ronja ronna ronnae ronnee ronneisha ronnesha ronnett ronnetta ronnette ronni
ronnica ronniesha ronnika ronnisha ronnita ronya roopa roquel roree rori rorie rosa rosabel
rosabell rosabella rosabelle rosaelena rosaisela rosaland rosalba rosalea rosaleah rosalee
rosaleen rosaleigh rosalena rosalene rosali rosalia rosalie rosalin rosalina rosalind rosalinda
rosalinde rosaline rosalita rosalva rosaly rosalyn rosalynd rosalynda rosalynn rosalynne
rosamaria rosamarie rosamary rosamond rosamund rosan rosana rosangel rosangela rosangelica
rosann rosanna rosanne rosaria rosary rosaura roschell roschelle rose rosea rosealee rosealie
rosealyn rosealynn roseana roseann roseanna roseanne rosebella rosebud rosela roseland roselani
roselea roselee roseleen roselena roselene roselia roselie roselin roselina roselind roselinda
roseline rosella roselle rosellen rosely roselyn roselyne roselynn roselynne rosemari rosemaria
rosemarie rosemary rosemond rosena rosenda rosene rosetta rosette rosey rosezella rosezetta
rosha roshana roshanda roshandra roshani roshanna roshaunda roshawna roshawnda rosheda rosheena
roshell roshelle roshini roshni roshonda roshunda roshundra rosi rosia rosibel rosie rosiland
rosilyn rosina rosine rosio rosita rosland roslin roslind roslyn roslynn rosmarie rosmary
rosmeri rosmery rossalyn rossana rossanna rosse rosselyn rosslyn rosslynn rossy rosy rosyln
rotasha rotonda rotunda roula rovena rovenia rowena rowene rowynn rox roxan roxana roxane roxann
roxanna roxanne roxene roxette roxi roxie roxine roxsana roxxanne roxy roya royaltee royalti
royann royanne royelle royetta roylene roz roza rozalia rozalie rozalind rozalyn rozalynn rozan
rozana rozann rozanna rozanne rozella rozelyn rozena rozetta rozina rozlin rozlyn rozlynn ruah
ruba rubbie rubby rubee rubena rubi rubia rubicela rubie rubina ruby rubyann rubye rucha ruchama
ruchel ruchi ruchika ruchy rudean rudene rudine rufina ruhama ruhani ruhee ruhi ruie rukaya
rukia rukiya rula rumaisa rumaysa rumer rumor runa runell runette rupa rupal rupinder ruqaiyah
ruqaya ruqayya ruqayyah ruqiya rushell rushelle rushie rushika russella russia rusti rustie rut
ruta ruth rutha ruthann ruthanna ruthanne ruthe ruthel ruthell ruthella ruthellen ruthene ruther
ruthetta ruthia ruthie ruthmary ruthy ruvi ruwaida ruwayda ruweyda ruya rya ryah ryana ryanna
ryannah ryanne rychelle ryeleigh ryelle ryelynn ryenn ryenne ryesha ryhanna ryia ryiah ryilee
ryka ryla rylah rylea ryleah ryleeann ryleigh rylenn ryli ryliee ryliegh rylinn ryllie rylynn
rylynne rynesha rynlee ryonna rystal saachi saadia saadiya saamiya saanvi saanvika saanya saara
saarah saavi saaya sabah sabeen sabel sabela sabella sabena sabiha sabina sabine sabirah sabirin
sable sabra sabrea sabreen sabreena sabrena sabrenia sabria sabriah sabrie sabrin sabrina
sabrinah sabrine sabrinia sabrinna sabriya sabriyah sabryn sabryna saby sache sacheen sachet
sachi sachiko sacora sacoya sacred sada sadae sadaf sadako sadan sadaya saddie sade sadee sadeel
sadeen sadey sadhana sadi sadia sadiah sadie sadieann sadielynn sadiemae sadina sadiqa sadira
sadiya sadiyah sadiyyah sadonna sady sadye saeeda saesha safa safaa saffire saffiyah saffron
safia safiatou safina safira safire safiya safiyah safiyya safiyyah saga sagal sagrario sahaana
sahalie sahana sahar sahara saharah sahari saharra sahasra saheli saher sahian sahiba sahily
sahira sahirah sahithi sahiti sahmya sahni sahniya sahori sahory sahra sahvanna sahvannah saida
saidah saide saidee saidey saidi saidie saidy saije saila sailee sailer saily saima saina saira
sairah sairy saisha saiya saiyuri saja sajada sajni sakara sakeena sakeenah sakena saki sakia
sakiah sakina sakinah sakira sakita sakiya sakiyah sakoya sakshi sakura sala salaya salayah
saleah saleema saleemah saleen saleena saleha salema salena salene salia saliah salicia saliha
salihah salima salimah salimata salimatou salina salinda salisa salisha salita saliyah salle
sallee salley salli sallie sally sallyann sallyanne sallye sallyjo salma salmah saloma saloni
salote salsabeel salsabil salvatrice salwa saly salyna sama samaa samadhi samah samai samaia
samaiah samaira samaiya samaiyah samala samamtha samanatha samanda samani samanta samantah
samanth samantha samanthajo samanthamarie samanthan samanthia samanvi samanvitha samara samarah
samaria samariah samarie samariya samariyah samarra samarrah samarria samary samarya samatha
samauria samaya samayah samayra sameeha sameena sameera sameerah sameka samella samentha samera
sameria sametra sametria samhita samhitha samia samiah samiha samika samiksha samina samira
samirah samiria samirra samiya samiyah samiyyah sammantha sammatha sammi sammijo sammye samnatha
samona samone samoni samora samorah samoria samoya samra samrah samrawit samreen samreet
samriddhi samridhi samsam samsara samuella samus samya samyah samyia samyiah samyra samyrah
samyria samyukta samyuktha sana sanaa sanaah sanaai sanae sanah sanai sanaia sanaiah sanaii
sanaiya sanaiyah sanam sanari sanaya sanayah sanaz sancia sanda sandar sandara sandee sandhya
sandi sandia sandie sandra sandralee sandrea sandria sandrika sandrina sandrine sanela sangeeta
sangita sania saniaa saniah sanii sanijah sanika sanita saniya saniyah saniyha saniyya saniyyah
sanja sanjana sanjida sanjna sanjuana sanjuanita sanna sanne sanoe sanora sanovia sansa
sanskriti santa santasha santasia santeria santia santiana santina santita santoria santosha
santresa santrice sanvi sanvika sanvitha sanya sanyah sanye sanyi sanyia sanyiah sanyla sanylah
saoirse saori saory saphera saphia saphira saphire saphyra saphyre sapir sapna sapphira sapphire
sapphyre saprina saquana saquita saquoia sara saraann sarabella sarabeth sarabi sarada sarae
sarafina saragrace sarah saraha sarahann sarahanne sarahbeth sarahelizabeth sarahgrace sarahi
sarahjane sarahjean sarahlynn sarahmae sarahmarie sarahrose sarahy sarai saraia saraiah saraih
saraii saraiya saraiyah sarajane sarajean sarajo saralee saralyn saralynn saramarie saran
saranda sarann saranne saranya saraphina sararose saray saraya sarayah saraye sarayu sarde sare
sarea saree sareen sareena sarely saren sarena sarenity sarenna saretha saretta sareya sargun
sarh sarha sari saria sariah sariana sarianna sarie sarika sarina sarinah sarine sarinity
sarisha sarissa sarit sarita sariya sariyah saroya sarra sarrah sarriah sarrinah sarya saryah
sarye saryia saryiah saryn saryna sarynity sashae sashay sasheen sashenka sashia saskia satara
satcha sathvika satia satin satina satine satira sativa satomi satonya satori satoria satoya
satrina satvika saudia saumya saundra saundria saunya sausha savahanna savahna savana savanah
savanaha savanha savanna savannah savannaha savannahrose savannha savaya savayah saveah saveena
savera savhanna savi savilla savina savita savonna savonnah savvy savy sawsan saya sayaka sayana
sayda sayde saydee saydi saydie sayla saylah saylee saylem sayler sayra saysha sayuri sayward
scarlet scarleth scarlett scarlette scarlettrose schae scharlene scharlotte scheherazade schelby
schelly scherri scherrie scherry scheryl schwanda schwanna scotlyn scotlynn scottlyn scottlynn
seaira seairra seana seandra seanna seanne seara searra season seattle seba sebastiana sebrena
sebrina secilia secily secora secret seda sedalia sedina sedona sedonia sedra see seela seema
seerat seferina sefora segen segolene seham sehar seher sehrish seidy seila seina seini seira
seirra sejal sejla sekina sela selah selam seleana seleen seleena selen selena selene seleni
selenia selenna selenne seleny seleste selestine seleta seletha selia selicia selima selin
selina selinda seline selisa selita selma selva selyna sema semaya semhar semia semiah semika
semiko semira semiya semiyah semone semra semya senaida senait senaya sendi sendy senetra senia
seniah senita seniya seniyah sennie senora senovia senta sentoria senya seona sephanie sephira
sephora sephra september seqouia sequana sequioa sequita sequoya sera serafina serah serai
seraiah serana seraphina seraphine seraya serayah sereen sereena seren serena serenah
serendipity serene serenia serenidy serenitee sereniti serenitie serenity serenna seresa sereta
seretha seretta seri seriah serin serina serine serinity serita seriya seriyah serra serrena
serria serrina serrita seryna serynity sesha sesilia setareh setayesh setsuko seva sevaeh sevana
sevanna sevannah severa severina sevilla sevynn seydi seyla seylah seymone seynabou shaakira
shaana shaaron shaasia shabana shabnam shabre shabrea shabree shabreka shabria shabrina shacara
shacarra shacola shacole shaconda shacora shacoria shacoya shada shadae shadai shadaja shadana
shadara shadaria shadasia shadavia shadawn shaday shadaya shadea shadeja shadia shadiamond
shadimon shadiya shadiyah shadonna shaela shaelee shaeleigh shaelene shaeley shaeli shaelie
shaelin shaely shaelyn shaelynn shaelynne shaena shaguana shagun shahad shahada shahadah shahana
shahara shahd shahida shahidah shahira shahla shahna shahnaz shahrzad shaia shaian shaiann
shaianna shaianne shaida shaiel shaila shailah shailee shailene shailey shaili shaily shailyn
shailynn shaima shaina shaindel shaindy shainna shaira shaivi shaiya shajuana shakala shakara
shakari shakaria shakaya shakayla shakea shakeda shakedra shakeela shakeema shakeena shakeera
shakeerah shakeeta shakeia shakeila shakeira shakeisha shakeita shakeitha shakela shakelia
shakema shakemia shakena shakendra shakenia shakenna shakenya shakera shakeria shakerra
shakerria shakesha shakeshia shaketa shaketha shaketia shaketta shakeva shakevia shakeya
shakeyia shakeyla shakeyra shakhia shakia shakiah shakiara shakiera shakierra shakila shakilah
shakilya shakima shakina shakinah shakira shakirah shakiria shakirra shakisha shakita shakiya
shakiyah shakiyla shakonda shakora shakota shakoya shakthi shakura shakya shakyah shakyia
shakyla shakyra shakyrah shala shalae shalah shalaina shalaine shalan shalana shalanda shalandra
shalandria shalane shalaunda shalawn shalay shalaya shalayah shalayna shalayne shalea shaleah
shalece shalee shaleen shaleena shalei shaleigh shaleka shalena shalene shalese shaleta shaletha
shaletta shaley shaleya shali shalia shaliah shalice shalicia shalie shalika shalimar shalina
shalinda shalini shalisa shalise shalisha shalissa shalita shaliya shaliyah shalla shallan
shallen shallon shallyn shalona shalonda shalondra shalonna shalunda shalva shalyce shalyn
shalynn shalynne shalyse shama shamaine shamaiya shamaka shamanda shamani shamara shamaria
shamariah shamarra shamaya shambhavi shambra shambria shamea shameaka shameca shamecca shamecka
shameeka shameia shameika shameka shamekia shamekka shamela shamelia shamera shameria shamesha
shametra shametria shamia shamiah shamica shamicka shamieka shamika shamikia shamila shamina
shamiqua shamira shamiracle shamirah shamiya shamiyah shammara shamona shamonda shamoni
shamonica shamonique shamora shamra shamya shamyah shamyia shamyiah shamyla shamyra shana shanae
shanah shanai shanaia shanaiya shanalee shanann shanara shanaria shanasia shanautica shanavia
shanay shanaya shanayah shanaye shanaz shanda shandale shandalyn shandee shandel shandelle
shandi shandie shandiin shandolyn shandora shandra shandrea shandreka shandrell shandria
shandrica shandricka shandrika shanea shaneal shaneca shanece shanecia shanedra shanee shaneece
shaneeka shaneen shaneequa shaneese shaneice shaneika shaneil shaneiqua shaneisha shaneka
shanekia shanekqua shanel shanele shanell shanella shanelle shanelly shanena shanequa shaneque
shanequia shanera shaneria shanese shanesha shanessa shanet shaneta shanetha shanetra shanetria
shanetta shanette shaney shaneya shani shania shaniah shanica shanice shanicka shanicqua shanie
shaniece shanieka shaniel shanielle shaniese shanigua shanija shanik shanika shanikia shanikka
shanikqua shanikwa shanin shanina shanine shaniqua shaniquah shanique shaniquia shaniqwa shanira
shanise shanisha shanita shanitha shanitra shanitta shaniya shaniyah shankia shanlee shanleigh
shanley shanna shannae shannah shannara shannel shannell shannelle shannetta shannette shannia
shannice shannie shannika shannin shannyn shanoa shanoah shanora shanovia shanquetta shanquita
shanta shantae shantai shantal shantale shantall shantana shantanique shantara shantasia
shantavia shantavious shantay shantaya shantaye shante shantea shantee shanteka shantel shantele
shantell shantella shantelle shantera shanteria shanterica shanterra shanterria shanterrica
shantese shantey shanthi shantia shantice shantika shantil shantina shantinique shantiqua
shantique shantisha shantoria shantoya shantrel shantrell shantrelle shantrice shanty shanvi
shany shanya shanyah shanyce shanyia shanyiah shanyla shanylah shanyn shanyra shanzay shaquala
shaqualla shaquana shaquanda shaquandra shaquanna shaquanta shaquasha shaquasia shaquavia
shaquay shaquaya shaquayla shaqueena shaquela shaquella shaquera shaqueria shaquesha shaqueta
shaquetta shaquia shaquida shaquila shaquina shaquinta shaquira shaquisha shaquita shaquitta
shaquna shaqunda shaquoia shaquona shaquoya shaqwana shar shara sharada sharae sharah sharai
sharain sharaine sharalee sharalyn sharan sharanda sharane sharanya sharay sharaya sharayah
sharda shardae shardai sharday sharde shardea shardee shardell shardey sharea sharece shareda
sharee shareece shareefah shareeka shareen shareena shareese shareeta shareika shareka sharekia
sharel sharell sharelle sharen sharena sharene sharesa sharese shareta sharetha sharetta
sharhonda shari sharia shariah sharian shariann sharica sharice sharicka sharida sharie shariece
sharieka sharifa sharifah sharika sharil sharilee sharilyn sharilynn sharin sharina sharine
sharion sharis sharisa sharise sharissa sharisse sharita sharitta sharity shariya shariyah sharl
sharla sharlean sharlee sharleen sharlena sharlene sharlet sharlett sharletta sharlette sharley
sharlie sharlin sharline sharlisa sharlize sharlon sharlonda sharlot sharlotte sharlyn sharlyne
sharlynn sharma sharmain sharmaine sharman sharmane sharmayne sharmeen sharmeka sharmel sharmell
sharmen sharmika sharmila sharmin sharmon sharna sharnae sharnay sharne sharnee sharneice
sharnel sharnell sharnelle sharnese sharnetta sharnette sharnice sharniece sharnika sharnise
sharnita sharol sharolyn sharon sharona sharonann sharonda sharonica sharonlee sharonn sharonna
sharonne sharquita sharra sharran sharrel sharrell sharren sharri sharrie sharron sharronda
sharrone sharry sharryl sharryn sharunda sharvi shary sharya sharyah sharyl sharyle sharyn
sharyne sharyon shasha shashana shashawna shasta shastelyn shastina shatana shatanya shatara
shatari shataria shatarra shatasha shatasia shatavia shataya shateara shateka shatema shatera
shateria shaterica shaterika shaterra shaterria shaterrica shatha shatia shatika shatima shatina
shatiqua shatira shatisha shatiya shatona shatonia shatonya shatora shatori shatoria shatoya
shatrice shatyra shaula shauna shaunae shaunda shaundra shaundrea shaundria shaunee shaunell
shaunelle shaunette shauni shaunice shaunie shauniece shaunika shaunise shaunita shaunna shaunta
shauntae shauntai shauntavia shauntay shaunte shauntea shauntee shauntel shauntell shauntelle
shaunti shauntia shauntina shauntrice shaunya shauri shaurice shavana shavanna shavannah
shavante shavaun shavawn shavelle shavetta shavette shavna shavona shavonda shavondra shavone
shavonn shavonna shavonne shavy shawana shawanda shawanna shawna shawnae shawnah shawnay shawnda
shawndee shawndra shawndrea shawnea shawnee shawneen shawneequa shawnelle shawnese shawnetta
shawnette shawney shawni shawnia shawnice shawnie shawniece shawnika shawniqua shawnique
shawnise shawnita shawnna shawntae shawntal shawntavia shawntay shawntee shawntel shawntell
shawntelle shawntia shawntina shawntrice shawny shawnya shawona shawonda shawta shayana shayann
shayanna shayanne shayda shayera shayla shaylah shayle shaylea shaylee shayleen shaylei
shayleigh shaylene shayley shayli shaylia shaylie shaylin shaylinn shaylyn shaylynn shaylynne
shayma shayna shaynah shaynee shaynna shayona shayonna shayra shaza shazia sheala shealee
shealeigh shealene shealy shealyn shealynn sheana sheanna shearon sheba shebra sheccid sheeba
sheela sheelah sheema sheena sheenah sheera sheetal sheeva shefali sheika sheila sheilagh
sheilah sheilda sheilia sheilla sheily sheilyn sheina sheindel sheindy sheka shekela shekelia
shekema shekena shekera shekeria sheketa shekia shekila shekima shekina shekinah shekira shekita
shela shelagh shelah shelaine shelanda shelba shelbe shelbea shelbee shelbey shelbi shelbia
shelbie shelbye shelbylynn shelda shelea sheleen shelena shelene sheleta sheletha sheley sheli
shelia sheliah shelie shelina shelinda shelisa shelise shelisha shelita shelitha shella shellbie
shellby shelle shellee shelleen shellena shellene shelley shelli shellia shellie shellina
shellsea shelly shellyann shellye shelma shelonda shelsea shelsey shelsie shelsy shelva shelvey
shelvia shelvie shely shema shemaiah shemariah shemeca shemeeka shemeika shemeka shemekia shemia
shemiah shemica shemicka shemika shemya shena shenae shenay shenaya shene shenea shenee sheneeka
sheneika sheneka shenekia shenel shenell shenelle shenequa shenese shenetha shenetra shenetta
shenette sheng shenia sheniah shenica shenice shenicka sheniece shenika sheniqua shenique
shenise shenita shenitha sheniya shenna shenoa shephanie shequana shequila shequilla shequita
shera sherae sherah sheral sheralee sheralyn sheran sheranda sheray sherby shere sherea sherece
shereda sheree shereece shereen shereena shereese shereka sherel sherell sherelle sherelyn
sherena sherene sheresa sherese shereta sheretha sheretta sherhonda sheri sheria sheriah sherial
sherian sheriann sherianne sherica sherice shericka sherida sheriden sheridyn sherie sheriece
sherika sheril sherilee sherilyn sherilynn sherin sherina sherine sherion sherisa sherise
sherissa sherisse sherita sheritha sheritta sherl sherle sherleen sherlene sherlie sherlin
sherline sherlon sherlonda sherly sherlyn sherlyne sherlynn sherma shermane shermeka shermika
shermya shernell shernika shernita sherol sherolyn sheronda sheronica sherra sherrae sherral
sherran sherray sherre sherree sherrelle sherren sherrey sherri sherria sherrian sherriann
sherrianne sherrica sherrice sherricka sherrie sherrika sherrilee sherrilyn sherrilynn sherrin
sherrina sherrine sherrion sherrise sherrita sherrlyn sherrol sherronda sherry sherryann sherrye
sherryl sherryll sherrylynn sherryn shervon sherwanda shery sheryal sherye sheryl sherylann
sheryle sheryll sheryn shetara sheva shevaun shevawn shevelle shevette shevon shevonda shevonne
shewanda shewanna sheyann sheyanna sheyanne sheyenne sheyla sheyli sheylin sheyly sheyna sheza
shian shiana shiane shiann shianna shianne shiara shiasia shiela shiesha shifa shiffy shifra
shigeko shikara shikera shikha shikia shikira shikita shila shilah shilee shiley shiloe shilonda
shilpa shilyn shilynn shima shimeka shimere shimika shina shinae shineka shinice shinika
shiniqua shinita shiori shiquita shir shira shirah shiran shiree shireen shireka shirel shirell
shirelle shirely shirene shiri shirin shirita shirla shirle shirlean shirlee shirleen shirlena
shirlene shirlette shirley shirleyann shirleymae shirlie shirline shirly shirlyn shirlynn
shironda shiryl shital shivali shivangi shivani shivaun shivika shivon shivonne shiyan shiza
shizue shizuko shley shloka shlonda shmeka shmya shoko sholanda sholonda shona shonda shondra
shondrea shondreka shondria shondrika shonell shonetta shonette shoni shonia shonica shonice
shonika shoniqua shonique shonita shonna shonnette shonnie shonta shontae shontavia shontay
shontaye shontee shontel shontell shontelle shonteria shontia shontina shontrell shonya shoshana
shoshanah shoshanna shoshannah shraddha shradha shravya shree shreena shreeya shreshta shresta
shreya shria shrika shriley shrina shrinidhi shrinika shristi shrita shritha shriya shron
shronda shruthi shruthika shruti shryl shterna shuana shulamis shulamit shuna shunda shundra
shunika shunna shunta shuntae shuntavia shuntay shunte shuntel shuntell shuntia shuree shuronda
shvonne shwanda shweta shya shyah shyan shyana shyane shyann shyanna shyanne shyasia shyenne
shyia shykeria shykira shyla shylah shylar shylee shyleen shyleigh shylene shylia shylie shylin
shylyn shylynn shyna shynia shynice shyniece shyonna shyra shyree shyrl shyteria shyvonne sia
siana siani siann sianna sianne sianni siany siara siarah siarra siarrah sibbie sibel sibella
sibley siboney sibyl sibylla sicilia sicily siclali sidda siddalee siddhi sidne sidnee sidni
sidnie sidny sidonia sidonie sidra sidrah sieanna sieara siearra siedah siena sienna siennah
siera sierah sierra sierrah sierre sierria sigal signa signe sigourney sigrid sihaam siham sila
silbia silena silje silka silke silva silvana silvanna silveria silvia silvie silvina sima
simara simaya simi simisola simiya simiyah simmone simona simonne simora simra simrah simran
simrat simren simrin simrit simya sinae sinahi sinay sinaya sincerity sinclaire sinda sindee
sindel sindhu sindi sindia sindy sinead sinia siniah siniya siniyah sinthia sintia siobahn
sioban siobhan siomara siona sionna sira sireen siren sirena sirenia sirenity siri siria siriah
sirina sirinity siriyah sirley sisilia sisira sissi sissy sister sita sitara sitlali sitlaly
sivani sivi siya siyana siyanna siyona skarlet skarleth skarlett skarlette ski skie skii skila
skilyn skilynn skky skya skyah skyann skyanna skyanne skyela skyelyn skyelynn skyi skyla skylah
skylarr skylee skyleen skylei skyleigh skylene skyley skyli skylie skylinn skylla skyllar skylyn
skylynn skylynne skylyr skyra skyrah skyye sloane sloka slyvia smantha smaya smera smita smitha
smrithi smriti smya sneha snezana snigdha sniyah snow sobia soffia sofhia sofi sofia sofiah
sofiana sofie sofija sofina sofiya sofya soha sohana sohini soila sojourner sokhna sola solae
solai solana solange solangel solara solash solay sole solea soledad solei soleia soleil solena
solene solenne soley soli solia soliana soliel solimar solina solita soliyana solmayra solomia
solomiya solstice solveig solyana solymar somalia somaly somara somaya somer somiya sommar
sommer somone somya sona sonakshi sonal sonali sonata sonaya sonda sondi sondos sondra songa
soni sonia soniah sonie sonika sonita soniya soniyah sonja sonji sonjia sonna sonnet sonni
sonnia sonoma sonora sonrisa sontee sonya sonyia sookie soon sophea sophee sophelia sophey sophi
sophia sophiagrace sophiah sophiamarie sophiana sophianna sophiarose sophie sophiea sophina
sophira sophiya sophonie sophronia sophy sophya sorah soraida soraiya sorangel soraya sorayah
sorcha sorelle soriah sorina soriya soriyah sorrel sorsha sosefina sosha sosie soteria sotiria
soumaya soumya soundra sowmya soyini soyla soyna sparkle sparkles special spirit spoorthi spring
spruha srah sravya sreeja sreenidhi sreeya sreshta sreya srihitha srija srinidhi srinika srisha
srishti sristi sritha sriya sruthi sruti stacee staceyann stacha stachia staci stacia stacie
stacyann stacye stafanie staisha stamatia stana stanisha staphanie staphany star starasia staria
starkeisha starkesha starkisha starla starlee starleen starlena starlene starlet starlett
starletta starlette starlina starlit starlite starlyn starlynn starnisha starr starrla starsha
stasha stashia stasi stasia stassi stavroula stayce staysha stefana stefane stefanee stefani
stefania stefanie stefannie stefanny stefany stefenie steffani steffanie steffany steffi steffie
stefhanie stehanie stela stella stellah stellarose stellina stepahnie stepanie stepfanie steph
stephaie stephaine stephana stephanee stephaney stephani stephania stephanie stephanieann
stephaniemarie stephanine stephanne stephannie stephanny stephany stephanye stephene stepheni
stephenia stephenie stepheny stephie stephina stephine stephinie stephney stephnie stephonie
stephy stesha steva stevana stevee stevi sthefany stina storee storey stori storie stormee
stormey stormi stormie stpehanie stphanie stuti su sua suad suann suanne suany subrena subrina
sucely sude sudie sudiksha sue sueann sueanna sueanne sueellen sueko suella suellen suellyn
suelynn suesan suetta suezette sufia sugey suha suhaila suhailah suhana suhani suhavi suhayla
suhaylah suheily suhey suheyla sui sujata sujeily sujey sujin sukaina sukanya sukari sukayna
sukhmani suki sula sulamita sulay suleika suleima sulema suley suleyka suleyma suli suliana
sulma sultana suly suma sumaira sumaiya sumaiyah sumana sumar sumara sumaya sumayah sumayo
sumayya sumayyah sumedha sumer sumeya sumi sumie sumiko sumire sumiya sumiyah summar summer
summerlin summerlyn summerlynn summerrose summers sumya sunaina sunda sundae sundai sundari
sundas sunday sundee sundi sundie sundra sundus sundy sunee suni sunita suniya suniyah sunjai
sunni sunnie sunniva sunset sunshine sunshyne sunya suong supreet suprena suprina supriya sura
surabhi surah surai suraiya suraya surena surenity suri suria suriah surie surina suriyah
surveen sury susa susan susana susanah susane susann susanna susannah susanne susen susette susi
susie sussan sussie sussy susy suszanne suttyn suvi suzan suzana suzane suzann suzanna suzannah
suzanne suzen suzeth suzett suzetta suzette suzi suzie suzon suzonne suzy suzzane suzzanne
suzzette svana svara svea svetlana swannie swanzetta swara swathi swati swayzee swayzie sweden
sweet sweetie sweta swetha sya syah syana syann syanna syanne syara syasia sybella sybil sybile
syble sybrina sydell sydelle sydna sydne sydnee sydnei sydney sydni sydnie sydny sydnye syeda
syenna syera syerra syesha syla syleena sylena sylina sylinda syliva sylivia sylva sylvana
sylvania sylvanna sylver sylvette sylvi sylvia sylvie sylwia symantha symara symaria symba symia
symiah symira symone symonne symora symphani symphanie symphany symphoni symphonie symphony
symya syna synai synda syndee syndey syndi synethia synetta synia syniah syniya syniyah synovia
synthia syona syra syrah syrai syreeta syrena syrenity syreta syretta syria syriah syriana
syrianna syrina syrita syvanna syvannah syvilla ségolène taahira taaliah taaliyah taara tabatha
tabathia tabbatha tabbetha tabbitha tabby tabetha tabia tabita tabitha tabithia tabria tabrina
tabytha tacara tacarra taccara tacey tacha tache tachelle tachina taci tacia tacie tacora tacoya
tacy taea taeja taejah taela taelar taeler taelynn taelyr taesha taeya taffany taffi taffie
taffy tahani tahara taheera taheerah tahesha tahia tahina tahira tahirah tahiri tahirih tahiry
tahisha tahitia tahiya tahjanae tahlia tahliyah tahlor tahmina tahnee tahni tahnia tahniya
tahnya tahra tahtiana tahya taia taiah taiana taiba taiesha taija taijah taila tailah tailee
tailer tailey tailyn tailynn taima taimane taimi taina taira tairra tais taisa taisha taishmara
taisia taisiya taisley taitlyn taitym taiwana taiya taiyah taiyana taiyari taiylor taiz taja
tajahnae tajana tajanae tajanay tajanee tajanique tajha tajia tajiana tajma tajuana tajuanna
taka takaiya takako takala takara takarra takasha takayla takea takeela takeema takeesha takeia
takeila takeira takeisha takela takelia takema takenya takera takeria takerra takesha takeshia
taketa takeya takeyah takeyia takeyla takeysha takhia takia takiah takiera takiesha takila
takima takina takira takirah takisha takita takiya takiyah takoya takya takyah takyia takyla
takylah takyra tala talah talaiya talajah talana talanda talani talar talasia talaya talayah
talayeh talayia talayla talayna talaysha talaysia talea taleah taleaha talecia taleea taleeah
taleen taleena taleesha taleeya taleeyah taleia taleiah taleigh taleigha taleisha taleiyah
talena talene talesa talesha taleshia taletha taleya taleyah talia taliah taliana talibah
talicia talijah talika talina taline talisa talise talisha talishia talissa talita talitha
talithia taliya taliyah taliyha talli tallia tallie talliyah tallula tallulah talma talonda
talore talula talulah talulla talullah talya talyah talyia talyiah talynn talyssa tama tamah
tamaia tamaira tamaiya tamaka tamaki tamakia tamala tamalyn tamana tamani tamanika tamanna
tamantha tamara tamarah tamaria tamarie tamarra tamasha tamatha tamaya tamber tamberly tamberlyn
tambi tambra tambrey tambria tamea tameah tameaka tameca tamecca tamecia tamecka tamee tameeka
tameia tameica tameika tameisha tameka tameki tamekia tamekka tameko tamela tamelia tamella
tamera tamerah tameria tamerra tamesha tameshia tamesia tametha tametra tametria tamey tameya
tameyah tami tamia tamiah tamica tamicia tamicka tamico tamie tamieka tamiera tamiia tamika
tamike tamiki tamikia tamikka tamiko tamila tamilyn tamina tamira tamirah tamirra tamisha
tamitha tamitra tamiya tamiyah tamkia tamla tamlyn tamma tammala tammara tammatha tamme tammee
tammela tammera tammey tammi tammie tammika tammra tammy tammye tammyjo tamonica tamora tamorah
tamra tamrah tamre tamryn tamsen tamsin tamsyn tamu tamula tamura tamy tamya tamyah tamye tamyia
tamyiah tamyka tamyra tamyrah tamzin tamzyn tana tanae tanai tanaia tanaija tanaijah tanairi
tanairy tanaisha tanaiya tanaja tanajah tanara tanasha tanashia tanasia tanaya tanayah tanayia
tanaysha tanaysia tanazia tancy tanda tandi tandra tandrea tandria tanea taneah taneal taneasha
tanecia tanee taneeka taneesha taneha taneia taneika taneil taneisha taneja taneka tanekia
tanell tanelle tanequa tanesa tanesha taneshia tanesia tanessa tanetta tanette taneya taneyah
tang tanga tangala tanganika tanganyika tange tangee tangela tangelia tangerine tangi tangia
tangie tangina tangla tango tangula tangy tani tania taniah taniaya tanica tanice tanicia
tanicka tanieka tanielle taniesha tanija tanijah tanika tanikia tanikka taniko tanille tanina
taniqua tanique tanisa tanise tanisha tanishi tanishia tanishka tanisi tanisia tanita tanith
tanitra taniya taniyah taniyha taniyla tanja tanjanika tanji tanley tanmayi tanna tannah tannaz
tannia tannis tannisha tannya tansy tantania tanvi tanya tanyah tanyanika tanyell tanyetta
tanyia tanyiah tanyika tanyla tanylah tanysha tanza tanzania tanzie tanzy tapanga taquana
taquanda taquanna taquasha taquasia taquesha taquila taquilla taquira taquisha taquita taqwa
tara taraann tarah taraja taraji tarajii taralee taralyn taralynn taramarie tarana taraneh
taraoluwa tarasha taraya tarea tareka tarena taresa taresha taressa tareva tarhonda tari taria
tariah tariana tarianna tarica tarika tarina tarini tarisa tarisha tarissa tarita tariya tariyah
tarji tarla tarmara tarnesha tarnisha taronda tarra tarrah tarri tarrie tarryn tarsha tarshia
tarya taryah taryiah taryn taryne tarynn tasa tasanee tascha tasfia tasha tashae tashai tashala
tashana tashanda tashanna tashanti tashara tashari tasharia tasharra tashauna tashawna tashawnda
tashay tashaya tashayla tashe tashea tasheana tasheba tashee tasheema tasheen tasheena tasheika
tasheka tashell tashelle tashema tashena tashera tashia tashiana tashianna tashiba tashica
tashieka tashika tashima tashina tashira tashiya tashona tashonda tashonna tashua tashunda
tashvi tashya tashyia tashyra tasia tasiana tasja tasmia tasmin tasmine tasneem tasnia tasnim
tassie tasya tata tatanisha tatayana tateana tateanna tatelyn tateyana tatia tatiana tatianah
tatianna tatianya tatijana tationa tationna tatisha tatiyana tatiyanna tatjana tattiana
tattianna tatumn tatyana tatyanah tatyania tatyanna tatyiana tatym tatyona tauheedah tauna
taundra tauni taunia taunja taunya taura tauri taurie tauriel tausha tava tavara tavaria tavia
taviana tavianna tavie tavionna tavonna tawaina tawana tawanda tawania tawanna tawanya tawna
tawnee tawney tawni tawnia tawnie tawny tawnya tawona tawonda tawonna tawsha tawyna taya tayah
tayana tayanna taycee taydra tayelor tayia tayiah tayja tayjah tayla taylah taylar taylee
tayleigh tayley tayli taylia taylie taylinn taylir tayllor taylorann tayloranne taylore
taylormarie taylr taylre taylyn taylynn tayna tayona tayonna tayra taysha tayshia taysia tayva
tayvia tayzlee tazaria tazhane tazia taziah taziya tea teah teaira teairra teaja teala teale
teana teandra teandrea teanna teara tearah tearia tearra tearria tearsa tearza teasa teasha
teashia teasia teather teauna teaunna teaya tecia teckla tecla tecora teddi tedi tedra teea
teeghan teela teena teera teerica teesha teeya teffany tehani tehila tehilla tehillah tehra
tehreem tehya teia teiana teianna teiara teighan teighlor teila teina teiona teionna teira
teirra teisha tejah tejal tejasvi teka tekayla tekeisha tekela tekelia tekesha tekeshia tekeya
tekeyah tekia tekila tekira tekisha tekla tela telah teleah telecia telena telesa telesha
teleshia telesia teletha telia teliah telicia telina telisa telisha telissa telitha teliyah
telma telsa tema temaka temara temeca temeika temeka temekia temera temesha temeshia temia
temica temika temilola temima temisha tempe temperance temperence tempest tempestt tempie
temprance temprence temya tena tenae tenaj tenasia tenay tenaya tene tenea teneal tenecia tenee
teneil teneille teneisha teneka tenelle tenequa tenesa tenesha teneshia tenesia tenessa teneya
tenia teniah tenica tenicia teniesha tenika tenille teniola teniqua tenise tenisha tenishia
tenita teniya teniyah tenlee tenleigh tenley tenli tenna tennelle tennia tennie tennile tennille
tennisha tennley tensley tenya teodora teola teona teondra teonia teonna teosha tephanie tequia
tequila tequilla tequisha tequita tequlia tera terah teraji teralyn terasa tere terea tereasa
terease terecia terecita tereka terena teres teresa terese teresea teresha teresia teresina
teresita teressa teressia teretha tereza teri teria teriah teriana teriann terianna terianne
terica tericka terie terika terilyn terilynn terina teriona terisa terisha terissa terita
teriyah terra terrah terralyn terrea terree terrena terresa terressa terri terria terriah
terriana terriann terrianna terrianne terrica terricka terrie terrika terrilee terrilyn
terrilynn terrina terriona terrionna terrisa terrisha terriyah terryann terrye terrylynn tersa
tersea tersia teruko tesa tesha teshara teshawna teshia tesia tesla teslyn tesneem tess tessa
tessah tessi tessia tessica tessie tessla tesslyn tessy teuila teuta tewana tewanda tewanna
texanna texie teya teyah teyana teyanna teyla teyona teyonna tezra thaila thaily thais thaiz
thaleia thalia thaliyah thalya thamara thana thandi thandiwe thania thanvi thanya thara thatiana
thea theadora thecla theda thedora theia thelda thelia thelma thema thembi thena theodora
theodosia theola theona theora thera therasa thereasa theresa theresaann therese theresea
theresia theressa therisa thersa thersea thersia thessaly theta thia thiana thiara thienkim
thirza thomasa thomasena thomasene thomasenia thomasina thomasine thomesha thora threasa thresa
thresea thresia thressa thu thurma thuy thuytien thy thyme thyra tia tiah tiahna tiaira tiairra
tiaja tiajah tiajuana tialisa tiamarie tiana tianah tiandra tiane tiani tiann tianna tiannah
tianne tianni tiara tiarah tiare tiari tiaria tiarra tiarrah tiasha tiasia tiauna tiaunna
tiawana tiawanna ticara ticey tichelle tichina ticia tida tiea tieara tiearra tieasha tieisha
tiena tienna tiera tierah tieraney tierany tierney tierny tierra tierrah tierria tiersa tierza
tiesha tieshia tifa tifanee tifani tifanie tifanny tifany tiffancy tiffane tiffanee tiffaney
tiffani tiffanie tiffanni tiffannie tiffanny tiffany tiffanyamber tiffanyann tiffanye tiffay
tiffeney tiffeny tiffiany tiffin tiffinay tiffine tiffinee tiffiney tiffini tiffinie tiffiny
tiffnay tiffney tiffny tiffony tifini tifney tigerlily tihanna tihesha tiina tija tijana tijera
tijuana tika tikesha tikeya tikia tikisha tikita tikvah tila tilda tilia tilisha tilley tillie
tilly tima timaka timara timarie timaya timberlee timberly timberlyn timberlynn timea timeka
timeko timera timesha timeshia timi timia timiah timica timika timikia timiko timira timisha
timiya timiyah timmi timmia timmya timolin timothea timya timyah timyra tina tinamarie tinaya
tine tinea tineka tinesha tineshia tiney tinia tinika tinisha tinita tiniya tinlee tinleigh
tinley tinna tinnie tinslee tinsleigh tinsley tinya tinzlee tinzley tiombe tiona tiondra tionna
tionni tionnie tiphani tiphanie tiphany tippi tira tirah tirsa tirza tirzah tisa tischa tish
tisha tishana tishanna tishara tishawna tisheena tishia tishina tita titania titanna titiana
titianna titilayo tityana tivona tiwana tiwanda tiwanna tiwatope tiya tiyah tiyana tiyanna tiye
tiyona tiyonna tiziana tjuana tkeya tkeyah tkia tkiyah tmya tnia tniya tniyah tnya toba tocara
tocarra toccara toccarra toccora toi toia toinette toiya toka tolanda toleen tomara tomarra
tomasa tomasina tomasita tomeca tomecia tomecka tomeeka tomeika tomeka tomekia tomeko tomesha
tomeshia tomi tomia tomica tomicka tomieka tomika tomikia tomiko tomisha tomiya tomma tommi
tommia tommye tomoko tomomi tomorrow tona tonae tonantzin tonda tondalaya tondra tonea tonee
toneisha toneka tonesha toneshia tonetta tonette tonga tongela tonia toniah toniann tonianne
tonica tonicia toniesha toniette tonika tonilynn tonimarie toniqua tonique tonisha tonishia
tonita toniya toniyah tonja tonji tonjia tonjua tonna tonnette tonni tonnia tonnya tonoa tonya
tonye tonyetta tonyia tooba tootsie topacio topanga topaz topeka tora torah tori toria toriah
toriana toriann torianna torianne torilyn torilynn torina toriona torionna toronda torra torria
torriana torsha torunn torya tosca toscha tosha tosheba toshi toshia toshiba toshika toshiko
totiana totianna toula tova tovah tove towana towanda towanna toya toye toyia toyna tracee
trachelle traci tracia tracie tracina tracyann tracye tram trameka tramia tramika tramiya
tramiyah tramya trana tranae trane tranesha trang tranice traniece tranika tranise tranisha
traniya traniyah trannie trany travia travonda travonna trayana trayonna treacy treana treanna
treasa trease treasure treazure trecia treena treesa treina trela trella tremeka tremika tremya
trena trenace trenady trenae trenda trene trenecia trenee treneice trenese trenesha trenia
trenice trenidy treniece trenika trenise trenisha trenita treniti trenity treniya treniyah
trenna trenny trenyce treona treonna tresa trese tresea tresha tresia tressa tressia tressie
tressy tresure treva trevia treya treyana treyanna treyonna trezure tria triana trianna trica
tricha trichelle trichia tricia trieste trilby trilla trillium trimeka trina trinadee trinady
trinae trinaty trinda trinetta trinette trinh trinia trinice trinidee trinidi trinidy triniece
trinika trinisha trinita trinitee trinitey triniti trinitie trinity trinka trinna trinnity
trinty trisa trischa trish trisha trishana trishelle trishia trishika trishna trisia trissa
trista tristany tristina tristine tristy tristynn tritia triva trivia trixie trixy tronda troya
troylynn truda trude trudee trudell trudi trudie trudy trula trulee trulie truly tryna trynitee
tryniti trynity tryphena trysta tuana tuba tuere tuesday tujuana tula tulani tuleen tulip tulsi
tumeka tundra tunesia tunisha tunisia tunya tuongvi tura turkessa turquoise tuscany tuwana
tuwanda tuwanna tuyet tvisha twala twalla twana twanda twanette twania twanisha twanna twanya
twila twilia twilla twinkle twisha twyla twylah twylia twylla tya tyah tyahna tyaira tyaisha
tyaja tyajah tyana tyanah tyani tyann tyanna tyannah tyanne tyara tyarra tyasha tyashia tyasia
tyauna tybria tychelle tycie tyeasha tyechia tyeesha tyeisha tyera tyerra tyese tyesha tyeshia
tyffani tyffany tyhesha tyhesia tyia tyiana tyianna tyiesha tyiona tyionna tyisha tyishia tyja
tyjanae tyjuana tykeia tykeira tykeisha tykera tykeria tykerria tykesha tykeshia tykeya tykeyah
tykia tykiera tykira tykisha tyla tylah tylashia tylasia tylea tyleah tyleigh tyleisha tylena
tylene tylesha tyli tylia tyliah tylicia tylie tylisa tylisha tyliyah tymara tymber tymeisha
tymeka tymesha tymeshia tymia tymika tymira tymisha tyna tynae tynasia tyne tynecia tyneesha
tyneisha tyneka tynequa tynesha tyneshia tynesia tynetta tynia tyniah tyniesha tynika tyniqua
tynisa tynise tynisha tynishia tynita tyniya tynlee tynleigh tynley tynnetta tynslee tynsley
tyona tyonia tyonna tyquana tyquasha tyquasia tyquesha tyquisha tyra tyrah tyreana tyreanna
tyreesha tyreisha tyreka tyrena tyrene tyreona tyreonna tyresa tyresha tyreshia tyrhianna
tyrhonda tyria tyriah tyriana tyrianna tyrica tyriel tyrielle tyrihanna tyrika tyrina tyrionna
tyrisha tyronda tyronica tysa tysha tyshae tyshana tyshanna tyshauna tyshawna tyshay tyshea
tysheena tysheka tyshell tyshema tysheria tyshia tyshika tyshonna tyteana tyteanna tytiana
tytianna tytiona tytionna tytiyana tywana tywanda tywanna tyyanna tyyonna tzipi tzipora tziporah
tzippora tzipporah tzippy tzirel tzivia ubah uchechi udana ugochi uhura uilani ula ulanda ulani
uldine uliana ulla ulonda ulrica ulrike ulyana ulyssa uma umaima umaiza umeka umeko umi umme una
unica unika uniqua unita unity uraina urania urja urmi urooj ursala ursela ursula urvi usha
utopia uva uyen uzma uzoamaka vaani vaanya vada vadie vaeda vaibhavi vaida vaidehi vaishali
vaishnavi vala valada valaree valari valaria valarie valary valbona valda valecia valeda valeen
valena valencia valene valentina valera valeree valeri valeria valerie valery valerya valerye
valeska valeta valetta valia valicia valina valincia valinda valine valisa valisha valissa
valita valiyah valjean valkyrie valla vallarie valle valleri vallerie vallery valley valli
vallie vallorie vallory valma valois valonda valora valoree valori valoria valorie valory valree
valri valrie valta valyn valyncia valynda valynn vana vanae vanassa vanda vandana vandella
vandetta vandi vandora vanecia vaneisha vanellope vanelope vanesa vanesha vaneshia vanesia
vaness vanessa vanessamarie vanessia vaneta vanetta vanette vaneza vanezza vangie vani vania
vaniah vanice vanida vanilla vanisha vanissa vanita vanity vaniya vaniyah vanna vannah vannary
vannesa vannessa vannette vannia vannya vanshika vantasia vanya vara varenya varetta varina
varnika varonica varsha varshini varvara vashanti vashti vasilia vasiliki vasilisa vassie vasti
vasudha vaunda vaune vaya vayda vayla veanna vear veatrice veda vedanshi vedha vedika vee veeda
veeksha veena veera veida vela velda velecia veleda veleka velen velena velencia veleria veleta
veletta velia velicia velina velinda velisa velisha velissa velita vella velma velna velora
velta velva velveeta velvet velvia velvie vena venba venda vendela vendetta venecia veneda
venelope venesa venesha venesia venessa veneta venetia venetta venezia venia venicia venida
venis venisa venise venisha venissa venita venitta venna vennela vennesa vennessa venola venora
venus venya veola veona vera veralyn veralynn veranda verania verba verbena vercie verda verdean
verdella verdelle verdia verdine verena verenice verenis verenise veretta vergene vergia vergie
verginia veria verina verita verity verjean verla verlaine verlean verlee verleen verlena
verlene verletta verlia verlina verlinda verline verlisa verma vermel vermell vermelle verna
vernadette vernadine vernae vernecia verneda vernee verneice vernelle vernesha vernessa
vernestine verneta vernetha vernett vernetta vernette vernia vernica vernicia vernida verniece
vernisha vernita vernitta vernona vernonica verona veroncia veronda veronia veronica veronika
veronique veronnica versa versia versie verta vertell vertie vertina vesa vesenia vesna vesper
vessica vessie vesta veta vetta veva veverly veya veyda veyonce via viana vianca vianet vianey
vianka viann vianna vianne vianney vianni vianny vibha vicci vicenta vici vicie vicke vickee
vickey vicki vickiana vickie vickii vickki vicktoria vicky vickye victoire victora victori
victoria victoriaann victoriah victorian victoriana victorianna victoriarose victorina victorine
victoriya victorya vida vidalia vidhi vidia vidushi vidya vielka vienna vienne viera vietta viha
vihana vika viki vikki vikkie viktoria viktoriya viktorya vila villa vilma vina vinaya
vincentina vincenza vincie vincy vinessa vineta vinetta vinette viney vinia vinie vinisha vinita
viola violanda violet violeta violett violetta violette viona vira virda virdie virgen virgene
virgia virgie virgilene virgilia virgin virgina virginia virginie viridiana viriginia virjean
virlee virna virtie vista vita vitalia vitalina vitina vitoria vittoria viva viveca viveka vivi
vivia viviana viviane viviann vivianna vivianne vivica vivie vivien viviene vivienne vivika
vivyan vivyana viya vlada vlasta vlora vola volanda vona vonceil vonciel voncile voncille vonda
vondra vonetta vonette voni vonice vonita vonna vonne vonnetta vontella vontrice vonya vonzella
voula vrinda vung vy vyctoria vyktoria vyla vylet vylette vyolet vyonne vyvian vyvy wafa wafaa
wajiha wakeelah wakisha walaa walda waldine waleska walida walta walterine waltina wana wanakee
wanda wandalee wandalene wandalyn wander wandra wandy waneda wanell waneta wanetta wanette wania
wanika wanisha wanita waniya wanna wannetta wanona wanza warda wardah wardine wareesha warnetta
warrene wateen wathena wauneta waunita wava wayna wayneisha waynesha waynetta waynette wealthy
weda wednesday welda welma weltha wenda wendalyn wende wendee wendella wendelyn wendi wendie
wendoly wendolyn wendy wenona wenonah weronika wesleigh weslynn wessie westlynn whisper whitlee
whitleigh whitnee whitnei whitney whitni whitnie whittany whittley whittney whittni wiktoria
wilba wilberta wilda wileen wilene wilhelmena wilhelmenia wilhelmina wilhemena wilhemenia
wilhemina willa willadean willadene willamae willamina willean willeen willena willene willer
willetta willette williemae williette willine willisha willistine willma willo willodean
willodene willoh willona willow willowdean willye wilma wilmarie wilmary wilmetta wilmina
wilmoth wilna wimberly winda windi windie windy winifred winna winni winnie winnifred winnona
winny winola winona winry winslet winta winterrose witney wonda wonder wondra wreatha wrenn
wrenna wretha wykesha wylene wyllow wylma wylodean wyndi wynee wynell wynelle wynema wynetta
wynette wynnette wynnie wynona wynonia wynonna wynter wyoma wyomia wyona wyonia wyonna wyvonia
wyvonne xana xandra xandrea xandria xania xaniya xaniyah xanthe xanthia xara xareni xaria xariah
xariyah xavia xaviana xaviera xayla xcaret xee xela xena xenia xia xiadani xiamara xiana xianna
xiara xiclali xiclaly ximena ximenna xinyi xiola xiomara xiomari xitlali xitlalic xitlalli
xitlally xitlaly xitllali xochi xochil xochilt xochilth xochitl xoe xoey xoie xola xolani xya
xyla xylah xylia xylie xylina xzandria xzaria yaa yachet yackelin yadhira yadira yadirah yaeko
yaeli yaelin yaelis yaelle yaffa yagmur yahaira yahayra yahdira yaheli yahira yahvi yaileen
yailen yailene yailin yailine yailyn yaira yaire yaireth yairi yairis yaisa yaiza yajahira
yajaira yajayra yakelin yakeline yakelyn yakima yakira yakisha yakita yalanda yalani yalda
yalena yalexa yalina yalini yalissa yalitza yalonda yamaira yamaris yameli yamely yamika yamila
yamile yamiled yamilee yamiles yamilet yamileth yamilett yamilette yamilex yamili yamilka
yamille yamillet yamily yamina yaminah yamini yamira yamna yana yanae yanai yanaira yanara yanci
yaneira yaneiry yaneisy yanel yaneli yanelie yanelis yaneliz yanell yanelle yanelli yanellie
yanelly yanely yanelys yaneri yanessa yanet yaneth yanett yanette yania yaniah yanice yanil
yanilen yanilet yanin yanina yanique yanira yaniris yanisa yanise yanisha yanissa yanitza yanixa
yaniya yaniyah yanna yanneli yannely yannet yaquelin yaqueline yaquelyn yara yarah yareli
yarelie yarelin yarelis yareliz yarelli yarelly yarely yarelyn yaremi yareni yarenis yareny
yaresli yaresly yarethzi yarethzy yaretsi yaretsy yaretzi yaretzie yaretzy yarexi yarexy yariah
yariana yarianna yaribel yaribeth yaricza yariela yarielis yarieliz yarielys yarima yarimar
yaris yarisa yarisbel yarisbeth yarisel yarissa yarithza yaritsa yaritza yaritzel yaritzi
yaritzy yarixa yariza yarlin yasaira yasaman yasamin yasemin yasenia yashasvi yasheka yashi
yashica yashika yashira yashvi yasira yasirah yasleen yaslene yaslin yaslyn yasmeen yasmen
yasmene yasmin yasmina yasmine yasmyn yasmyne yasna yassmin yassmine yasuko yasuri yatzari
yatzary yatzil yatziri yatziry yavette yavonda yavonne yaxeni yazaira yazhini yazira yazleemar
yazleen yazlene yazlin yazlyn yazlynn yazmeen yazmen yazmin yazmina yazmine yazmyn yazmyne
yecenia yecica yehudis yehudit yeila yeili yeilin yeily yeilyn yeimi yeimy yeira yejin
yekaterina yelena yelina yelitza yelonda yemariam yemaya yena yendi yeneisy yenesis yeni yenia
yenifer yenna yenni yennifer yenny yensi yentl yenty yeny yeraldi yeraldin yeraldine yeraldy
yerania yerin yerlin yesena yesenia yesennia yesha yesica yesika yesina yesinia yesli yeslie
yeslin yesly yesmeen yesmin yessenia yessica yessika yetta yetunde yetzali yeva yevette yevonne
yexalen yezenia yianna yicel yides yilda yilia yina yisel yisela yisell yiselle yissel yita
yitta yittel yitty yitzel yixin yizel yliana ylianna ylonda ymani ynez yoali yoana yoandra
yoanna yobana yocelin yoceline yocelyn yocheved yodit yoeli yohana yohanna yoko yola yoland
yolanda yolande yolander yolando yolandra yolani yolet yolette yolinda yolonda yolotzin yolunda
yomaira yomara yomaris yomayra yomira yomna yonina yonna yoona yordanos yorleni yorleny yorley
yoselin yoseline yoselyn yoselynn yosha yoshie yoshika yoshiko yosselin yosseline yosselyn youa
youlanda youlonda younique yousra yovana yovanna yovonda yoyo ysabela ysabella ysabelle ysamar
ysela ysenia ysidra ytzel yubia yudit yudith yuette yui yuka yukari yukiko yuko yukta yuktha
yulanda yuleidi yuleidy yuleimy yuleni yuli yulia yuliana yulianna yulie yuliet yulieth yulisa
yulissa yulitza yuliya yuliza yulonda yumalai yumalay yumeka yumi yumiko yumna yuna yunalesca
yunique yunuen yurani yureli yuriana yurianna yurico yuridia yuridiana yurika yuriko yuriria
yuritza yuritzi yuritzy yusra yutong yuvette yuvia yuvonne yuxi yuxin yuzuki yvaine yvana yvanna
yvelisse yvett yvetta yvette yvonda yvone yvonna yvonne yvonnia yvonnie yzabel yzabella yzabelle
zaakirah zaara zabella zabria zabrina zacoria zada zadaya zadia zadie zaeda zaela zaelee
zaeleigh zaelynn zafira zafirah zafiro zahaira zahara zaharah zaharia zaharra zahava zahia
zahira zahirah zahniya zahniyah zahra zahraa zahrah zahria zahriah zahriya zahriyah zahyra zaia
zaida zaidee zaidy zaila zailah zailee zaileigh zailey zaily zailynn zaima zaina zainab zainah
zaineb zainub zaira zairah zaiya zaiyah zakaiya zakara zakaya zakayla zakeria zakeya zakhia
zakia zakira zakirah zakiya zakiyah zakiyya zakiyyah zakkiyya zakya zakyah zakyia zakyiah zakyla
zakyra zakyrah zakyria zala zalaya zalayah zalea zaleah zaleigh zalena zaley zali zalia zaliah
zalie zalika zalina zaliya zaliyah zalma zamantha zamara zamarah zamaria zamariah zamariya
zamariyah zamauria zamaya zamayah zameria zamia zamiah zamira zamirah zamiya zamiyah zamoni
zamora zamorah zamoria zamya zamyah zamyia zamyiah zamyra zamyrah zamyria zamzam zana zanae
zanah zanai zanaiya zanaiyah zanari zanaria zanariah zanasia zanay zanaya zanayah zandalee
zandra zandrea zandria zaneta zanetta zania zaniah zanib zanita zaniya zaniyah zaniyha zaniyla
zaniylah zanna zannah zanobia zanovia zanya zanyah zanyia zanyiah zanyla zanylah zaphira zara
zarae zarah zarahi zarai zaray zaraya zarayah zarea zareah zareen zareena zarela zareya zareyah
zari zaria zariah zariaha zariana zarianna zarie zarielle zarina zarinah zarionna zariya zariyah
zariyha zarra zarrah zarria zarriah zarriyah zarya zaryah zaryia zaryiah zasha zauria zavannah
zavia zawadi zaya zayah zayana zayanna zayda zaydah zaydee zaydi zaydie zayla zaylah zaylee
zayleen zaylei zayleigh zayley zayli zaylia zayliana zaylie zayna zaynab zaynah zayneb zayonna
zayra zayuri zea zeah zeana zeanna zeba zeda zeena zeenat zeeva zehava zehra zeidy zeila zeina
zeinab zekia zela zelaya zelda zeldy zelena zelene zelia zelie zelina zelinda zella zellie zelma
zelpha zelphia zelta zeltzin zema zemira zemirah zemora zena zenab zenaida zenaya zenayda zenda
zendaya zendayah zendre zeni zenia zeniah zenita zeniya zeniyah zenja zenna zenobia zenola
zenora zenovia zenya zeola zephyra zera zerah zerenity zeriah zerina zerita zeriyah zerlina
zeruiah zeta zetta zettie zeva zeya zeyda zeyna zeynab zeynep zhamira zhana zhanae zhania
zhaniya zhaniyah zhanna zhara zharia zhariah zhariyah zhia zhoe zhoey zhoie zhuri ziaira ziana
ziann zianna zianne ziara ziarah ziasia zienna zierra ziham zikeria zikia zila zilah zilla
zillah zilpha zilphia zimal zina zinab zinaya zinda zineb zinia zinnia ziomara ziona zionah
zionna zionnah zipora zipporah zira zisel zissel zissy zita zitlali zitlalic zitlalli zitlally
zitlaly ziva zivah ziya ziyah ziyana ziyanna ziyona ziyonna ziza zlata zlaty zmya zniya zniyah
znya zoa zoann zoanne zoe zoeann zoee zoeh zoei zoeie zoeigh zoeii zoejane zoella zoelle zoelynn
zoey zoeya zoeyann zoeyjane zoeylynn zofia zoha zohal zohara zohra zoi zoie zoiee zoiey zoii
zoila zola zolah zolie zona zonda zondra zonia zonnique zonya zooey zophia zora zorah zoraida
zorana zoraya zori zoria zoriah zoriana zorianna zorie zorina zoriyah zorria zosia zoua zowie
zoya zoye zriyah zsazsa zsofia zuha zuhur zula zulay zuleica zuleidy zuleika zuleima zuleimy
zulema zuley zuleyka zuleyma zully zulma zulmy zuly zunaira zunairah zuree zuria zuriah zurie
zurielle zurii zurisadai zurisaday zuriya zuriyah zurri zury zuzana zuzanna zuzu zya zyaira
zyairah zyana zyanah zyann zyanna zyannah zyanne zyanya zyara zyaria zyasia zyelle zyeria zyia
zyiah zyiona zyionna zykera zykeria zykeriah zykerria zykia zykira zykirah zykiria zyla zylah
zyleah zylee zyleigh zyliah zylie zymeria zymia zymira zymirah zynah zynasia zynia zyniah
zynique zyniyah zyona zyonna zyra zyrah zyria zyriah zyriana zyrianna zyrihanna
"""

MALE = """
aaban aadam aadan aadarsh aaden aadhav aadhavan aadhi aadhvik aadi aadil aadin aadit aadith
aaditya aadon aadvik aadyn aahaan aahan aahil aaidan aaiden aaidyn aakarsh aakash aalim aamer
aamir aaqil aaran aarav aarib aaric aarik aarish aarit aariv aariz aarjav aarnav aaro aaron
aaronjames aaronmichael aarron aarsh aarush aaryan aaryav aashay aashir aashish aashrith aasim
aasin aasir aason aaven aavin aayaan aayan aayansh aayden aayush ab abaan abad abanoub abas
abasi abass abayomi abba abbas abbott abdalla abdallah abdalrahman abdel abdelaziz abdelkarim
abdelrahman abdi abdias abdiaziz abdiel abdifatah abdihakim abdikadir abdimalik abdinasir
abdirahim abdirahman abdirashid abdirizak abdishakur abdo abdon abdou abdoul abdoulaye abdoulie
abdu abduallah abdul abdula abdulah abdulahad abdulahi abdulai abdulaziz abdulelah abdulhadi
abdulhakeem abdulhamid abdulkadir abdulkareem abdulkarim abdulla abdullah abdullahi abdullatif
abdulloh abdulmajeed abdulmalik abdulqadir abdulraheem abdulrahim abdulrahman abdulrehman
abdulsalam abdulwahab abdur abdurahman abdurraheem abdurrahman abdurrehman abe abed abednego
abel abelardo abelino abem abenezer abhay abhi abhijay abhijeet abhijit abhijot abhimanyu
abhinav abhiraj abhiram abhishek abid abiel abimael abimelec abinav abishek abiy able abner abou
aboubacar aboubakar abraam abraham abrahan abrahem abrahim abrahm abram abran abrham abrian
abron abrum absalom absalon abshir abu abubakar abubakarr abubakr abukar abundio ac ace acen
aceon acer aceson acesyn aceton aceyn achary acheron achille achilles achillies achintya achyut
achyuth acie ackeem acxel acy adael adahir adain adal adalberto adam adams adan adante adarian
adarion adarius adarrius adarryl adarsh adaryll add addam adden addicus addiel ade adebayo
adedamola adedayo adedeji adeeb adeel adein adekunle adelaido adelard adelbert adelfo adem
ademola aden adeoluwa adetokunbo adewale adeyemi adham adhav adhemar adhrit adhrith adhvaith
adhvik adian adib adien adil adilson adin adir adis adit adith adithya aditya adiyan admir
admiral adnaan adnan adnrew adolf adolfo adolph adolphe adolpho adolphus adom adon adonay adoni
adonias adoniram adonis adonnis adonte adonus adonys adorian adran adrein adren adreon adrew
adreyan adriaan adriano adric adrick adriell adrik adrin adrion adriyan adriyel adron adryel
adryen advait advaith advay advik advit advith adwin adyan adyen aedan aeden aedin aedon aemon
aeneas aengus aeric aerick aerik aeryk aeson aesop aethan affan afraz afshin agamjot agapito
agasthya agastya agostino agrim agron agustin agustine agustus ahaan ahad ahadu ahamad ahamed
ahan aharon ahijah ahil ahkeem ahking ahlias ahlijah ahmaad ahmad ahmadou ahman ahmar ahmarion
ahmaud ahmed ahmeer ahmeir ahmer ahmere ahmet ahmier ahmir ahmod ahmon ahnaf ahren ahron ahsan
ahyan ahzir aidan aidden aiden aidenjames aidenn aidian aidin aidon aidrian aidric aiiden aikeem
aiken ailton aimon airic airik airon airrion aisea aisen aison aitan aithan aithen aitor aiven
aiydan aiyden aizen aizik aj ajahni ajamu ajan ajax ajay ajdin ajeet ajit ajith ajmal ajon
akaash akarsh akash akashdeep akbar akeel akeem akeen akeil akeim akheem akhil akhilesh akiel
akiem akif akihiro akil akilan akiles akilles akim akin aking akio akir akito akoni akram aksel
aksh akshaj akshar akshat akshath akshay akshith akul akwasi al aladdin alain alakai alam
alameen alamin alan aland alandis alando alanmichael alann alano alanson alanzo alaric alarick
alarik alasdair alassane alastair alaster alastor alazar alban albaraa albaro albeiro alben
albert alberth alberto albertus albi albie albin albino albion alcario alcee alcide alcides
alcindor aldahir aldair aldan aldin aldo aldon aldous aldric aldrich aldrick aldridge aldrin
aldwin alec aleck alecsander alecxander alecxis aleczander aleem alegandro aleister alejandro
alejo alejos alek alekai aleki aleks aleksandar aleksander aleksandr aleksei aleksey aleksy
alekxander alekzander alem alen aleph aleric alesandro alessander alessandro alessio alesso alex
alexandar alexande alexander alexanderjames alexandre alexandrew alexandro alexandros alexandru
alexavier alexender alexey alexio alexios alexjandro alexnader alexs alexsander alexsandro
alexxander alexzander alexzavier alezander alf alfard alferd alfio alfons alfonsa alfonse
alfonso alfonza alfonzia alfonzo alford alfred alfreddie alfredo algenis alger algernon algin
algis alhaji alhasan alhassan alhassane alian alias alic alick alieu alif alijiah alik alim
aliou alioune alireza alistair alistar alister alius alixander alixzander aliyas aljandro allah
allan allard allen allenmichael allin allistair allister allon almalik almando almin almir almon
almond almus alok alon alondo alonso alontae alonte alonza alonzo aloys aloysius alp alper
alpheus alphonsa alphonse alphonso alphonsus alphonza alphonzo alphus alquan alric alrick alroy
alson alston altan altariq altay alter altin alto alton altonio altus alucard alvah alvan
alvarez alvaro alven alverto alvester alvey alvi alvin alvino alvon alvonte alvy alwaleed alwin
alwyn alxander alyaan alyan alyas alyus alyxander amaad amaan amaar amad amadeo amadeus amado
amador amadou amadu amahd amair amalio amancio amante amanuel amareon amarian amarien amario
amarion amarious amarius amariyon amaro amarr amarre amarrion amartya amaru amaud amaurion
amauris amaury amay ambrocio ambrose ambrosio amdrew amear amed amedeo ameen ameer ameet ameir
amelio amer americo amerigo amerion ames amias amichai amier amiir amilcar amiliano amilio
amillio amin amine amir amirjon amirr amish amitai amjad ammaar amman ammanuel ammar ammiel
ammon amner amogh amol amon amond amontae amonte amorion amos amous amr amram amritpal amro
amrom amron amun amyas amyr anacleto anakin anand ananias anant ananth anar anas anass anastacio
anastasio anastasios anatole anatoliy anatoly anav ancel ancelmo anchor ancil anddy anden ander
anders anderson andersson anderw andon andoni andrae andranik andras andray andre andreas
andreaus andrei andreis andrej andren andres andretti andreu andreus andrew andrewjames
andrewjohn andrewjoseph andrews andrey andrez andri andric andrick andrie andrik andris andrius
andriy andro andron andros andru andrue andrus andruw andrw andry andrzej andy andyn anees
aneesh aneil anes aneudy anfernee angad angeldaniel angeldejesus angelgabriel angelino angelito
angeljesus angello angelo angelos angelus anguel angus anhad anibal aniceto aniel aniello aniken
aniket aniketh anikin anil anir aniruddh anirudh anish anival anjay anjelo anjuan ankit ankith
ankur ankush anothny anothony anothy anquan ansar ansel anselm anselmo ansen ansh anshul
anshuman anson antaeus antar antario antavion antavious antavius antawan antawn ante antelmo
anterio antero anterrio anthany anthon anthone anthonee anthoney anthoni anthonie anthonio
anthonny anthony anthonyjames anthonyjohn anthonyjoseph anthonymichael anthoy antinio antino
antion antione antionio antionne antiono antiwan antjuan antoan antoin antoine antoinio antoinne
antoino antolin anton antone antoneo antoney antoni antonie antonin antonine antonino antonio
antoniodejesus antonios antonious antonis antonius antonnio antony antonyo antowan antravious
antrell antron antrone antuan antuane antwaan antwain antwaine antwan antwane antwann antwaun
antwian antwine antwion antwione antwoin antwoine antwon antwone antwonne antwuan antwun antwyne
anuar anubis anuel anuj anup anuraag anurag anush anvay anvit anvith anwar anyelo anzar aodhan
aous apolinar apollo apollos apolo apolonio apostolos aqeel aqib aqil aquan aquil aquiles arad
arael araf arafat aragon aragorn aram aran aras arash arata arath arav aravind arben arber arby
arcadio arcangel arcenio arch archer archibald archie archimedes archit archivaldo ardan
ardarius ardi ardian ardit ardon areeb areg arek arel arend ares arfan argel argelio argenis
argus argyle arhaan arham arhan arhum arib aric aricin arick arieh arif arihaan arihant arik
arinze arinzechukwu ario ariq arish arison aristeo aristides aristidis ariston aristotelis
aristotle ariv ariz arjan arjay arjen arjun arjuna ark arka arkan arkeem arkel arkell arkham
arkin arlan arland arlander arlando arles arlester arlind arlo arlon armaan armad armahn arman
armand armando armany armarion armel armen armend armin armon armond armondo armonte armour
armstead armstrong arn arnab arnaldo arnav arne arnel arney arnez arnie arno arnol arnold
arnoldo arnulfo aroldo aron aronde arpan arpit arran arrick arron arsal arsalan arsen arsenio
arseniy arsh arshaan arshad arshan arshaun arshawn arslan arson art artan artavion artavious
artavis artavius artem artemas artemio artemus artez arth arther arthor arthur arthuro artimus
artin artist artorius artrell artur arturo arty artyom arul arun arush arvel arvell arvid arvil
arville arvin arvind arvine arvle arvo arvon arwin aryaan aryaman aryash aryav arye aryeh aryen
aryk arzell asaad asad asadbek asael asaf asah asahd asahel asahi asai asan asaph asar asberry
asbury ascencion ascher asean aseem aser ash ashaad ashad ashan ashar ashaun ashawn ashaz ashdon
asher ashford ashir ashish ashkan ashkon ashmit ashok ashon ashot ashraf ashrith ashtian ashtun
ashur ashutosh ashvath ashvik ashvin ashwath ashwin ashyr asiel asier asif asim asir askari
askia asmar asmir ason assad assael assante asser astor aswad ata atanacio athan athanasios
athanasius atharv atharva athen athony atiba atif atiksh atilano atilla atlai atlas ato atom
atreyu atsushi atthew atticus attikus attila attilio atul atwood atzel audel audiel audley audon
audric audrick audwin audy auggie augie auguste augusten augustin augustino augusto augustus
aukai aul aulden aulton aum aundray aundre aundrey aung aureliano aurelio aurelius aurick auron
aurther aurthur ausar ausencio ausitn austan austin austinjames austinmichael auston austun
auther author authur autrey avaneesh avanish avant avantae avante avedis aveer aveion avel
avelardo avelino avenir aveon avetis aveyon avid avidan aviel avien avier avigdor avik avimael
avinash avir aviraj avish avishai avneesh avner avondre avonta avontae avonte avraham avrahom
avraj avram avrian avrohom avrom avrum avrumi avrumy avyaan avyan avyay avyon avyukt avyukth
awab awad awais aws axavier axcel axel axell axiel axil axl axle axsel axten axtin axton axtyn
axxel axyl axzel ayaan ayaansh ayad ayal ayansh ayaz aybel ayce aycen aydden aydeen ayden aydenn
aydian aydien aydin aydn aydon aydric aydrien aydyn ayeden ayedin ayham ayhem ayiden ayinde
aylan aymaan ayman aymen ayodeji ayon ayotunde ayoub ayron ayrton aysen ayson aythan ayub ayush
ayushman ayuub ayvin ayvion ayyan ayyub azaan azad azael azahel azai azam azan azarel azarian
azarias azariel azarion azarius azavier azavion azazel azeem azeez azekiel azi aziel azim azir
aziz azlaan azlan azon azreal aztlan azuriah azzam azzan baba babacar babajide babak babatunde
baboucarr babyboy bach bacilio baden bader badr baer baiden bailen bain baine baird bairon
bakari bakary baldemar baldo baldomero baldwin balen balian balin ballard balraj baltasar
baltazar balthazar bam bandon bane banjamin banks bankston banning bannon banx banyan baptiste
barack barak barclay bard bardia bardo barett barkley barlow barnabas barnaby barnard barnes
barnet barnett barney barnie baron barre barren barret barrett barrick barrington barron barry
bart bartek barth bartholomew bartlett bartley bartlomiej bartolo bartolome barton bartosz bartt
baruc baruch bary bascom basel basem bashar bashawn basheer bashir basil basilio basim basir
basit bassam bassel bassem bassil bastian bastien bastion bates battal batu batuhan baudelio
bauer bautista baxter baxton bayani bayard bayden baylan baylon bayne bayron baze bazil bb bear
bearett bearl beau beauden beauford beaumont beauregard beck beckam beckem becker becket beckett
beckham beckhem beckum bedford beecher behr bejamin beka bekim belal belden beldon belford
belmin belmont belton belvin ben benaiah benajmin benancio benard bence benecio benedetto
benedict benedicto benedikt benen benett benford bengie bengy beniah beniamin benicio benigno
benino benito benjaman benjamen benjamim benjamin benjamine benjamyn benjerman benjermin benji
benjie benjiman benjimen benjimin benjy benn bennet bennett benney benno benny benoit bensen
benson bensyn bently benton bentyn bentzion benuel beny benyamin benz benzion beowulf bereket
berel berish berk berkay berke berl berle berley berman bern bernabe bernal bernaldo bernard
bernardino bernardo bernd bernerd berney bernhard bernhardt bernon berny bert berthold bertil
bertin bertis berton bertram bertran bertrand bertrum berwyn besim besnik beto betzalel beuford
bexton bezalel bharat bharath bhargav bhavesh bhavik bhavin bhuvan biagio bienvenido biff bige
bijan biko bilaal bilal bill billal billey billy billyjack billyjoe billyray bing bingham
binyamin binyomin bion biran birch birl birney birt biruk bishop bishoy bismark bj bjorn blade
bladen bladimir bladyn blaiden blaik blain blaine blaiz blanchard bland blandon blane blanton
blas blase blayde blayden blaydon blayk blayn blayton blayz blayze blazen blease blong bluford
boaz bob bobak bobby bobbyjoe boby bocephus bode bodee boden bodey bodhi bodhin bodi bodie bodin
bodyn boe boedy boen bogar bogart bogdan bohan bohannon bohdan bohden bohdi bola bolden bolivar
bolton bomani bon bond bonham boniface bonifacio bonner booker bookert boomer boone borden boris
borna boruch bosco boss bosten boubacar bow bowan bowden bowdy bowe bowen bowman boy boyan boyce
boyd boyde boykin boysie brace bracen brach brack bracken brackston bracyn brad bradan bradd
bradden braddock bradely braden bradey bradford bradin bradley bradly bradon bradrick bradshaw
brady bradyn braedan braeden braedin braedon braedy braelan braelen braelon braeson braeton
braheem brahim brahm braian braidan braiden braidon brailen brailon brain brainard braison
bralen bralin brallan bralon bram bran brance branch brandall brandan branden brandin brandley
brandn brando brandol brandom brandon brandonlee brandonmichael brandonn brandt brandtley
brandtly brandun branford branko brannan branndon brannen brannon branon bransen branson
branston bransyn brant brantley brantly branton brantson brasen brashawn brason braulio braun
braven bravlio brawley brax braxden braxdon braxen braxon braxson braxston braxtan braxten
braxtin braxton braxxton brayam brayan brayant braycen braydan brayde brayden braydenn braydin
braydn braydon braydyn brayen braylan brayland brayln braylon brayn brayon braysen brayson
brayten brayton brazen brazos breaker breandan breccan breckan breckon breighton brek breken
brekin brelan brelin brenan brendan brenden brendin brendon brendt brendyn brenen brenham brenin
brenndan brennden brennen brenner brennin brennon breno brenon brenson brent brentan brenten
brentin brently brenton brentt brentton brentyn bret bretley breton brett brettley bretton
brevan breven brevin brevon brewer brewster brex brexten brexton brextyn breydan breyden breydon
breylan breylen breylon breyson breyton briam brian briant brice bricen briceson briceton brick
bricyn briden bridger brien brig brigg briggs brigham bright brigido brik brinden brinson brint
brinton brion brisco brisen brison briston brisyn briton brix brixon briyan brnadon broadus
broady broc broch brock brockton brodan brode brodee broden broderic broderick brodey brodie
brodin brodric brodrick brody brodyn broedy brogen brok brolin broly bron bronc bronco brondon
bronsen bronson bronsyn bronx bronxton bronze brooks brookston broox brown browning brox broxton
bruce bruin bruk bruno bry bryam bryan bryant bryce brycen bryceon bryceson bryceton brycin
brydan bryden brydon bryen bryent bryian bryker bryland bryler brylon bryndan brynden bryndon
brynner bryon bryor brysan bryse brysen bryshawn brysin bryson brysten bryston brysun brysyn
bryten bubba bubber buchanan buck buckley bucky bud budd buddie buddy bueford buel buell bufford
buford bulmaro bunyan burak burch burdett burdette burech burel buren burgess burhan burhanuddin
burk burke burl burleigh burley burlie burlin burlon burman burnard burney burnham burnie burnis
burns burr burrel burrell burt burtis burton burwell buryl buster butch butler buz buzz buzzy
byan byard byford bynum byran byrant byrd byren byrl byrne byron byson cabe cabel cabell cable
cabot cace cadan cadarius cadarrius cadden cade cadel cadell caden cadien cadin cadon caedan
caeden caedin caedmon caedon cael caeleb caellum caelon caelum caesar caeson caetano caffrey
cage cahlil caid caidan caide caiden caidin caidon caige cail caileb caillou caiman caimen cain
cainan caine cainen cainon caio cairon caisen caison caius cajun cal calab calahan calan calbert
calden calder caldwell cale caleb caleel calel calem calhoun calib caliber calieb calijah calil
caliph calistro calix calixto callon callum calob calogero calon calton calub calum calven
calvert calvin calvon calvyn calyb camar camarion cambren cambron camdan camdin camdon camerron
camillo camilo camiren cammeron camon camp camron can candelario canden candido candon cane
canelo cannan cannen cannon canon canton canuto capers capone captain carbon cardae cardale
cardarius cardell carder cardon careem carl carles carless carlester carleton carlito carlitos
carlo carlos carlosalberto carlosdaniel carlosmanuel carlous carlson carlton carlus carmello
carmelo carmeron carmichael carmine carmyne carnel carnelius carney carold carolos carols carr
carrel carrick carrson carsin carsten carston cartavious cartel carter cartez carthel cartrell
carvel carvell carver carvin carwyn carzell cas casanova case casen cash cashawn cashden cashel
cashen cashis cashius cashten cashton cashtyn cashus casimer casimir casimiro casin cason caspar
casper caspian cassell cassian cassius casson casten caster castiel castin castle caston castor
castulo caswell catalino catarino catcher cathal cathan cato catrell caulder caulin cauy cavalli
cavan cavanaugh cavell caven cavin cavion cavon caycen cayd caydan cayde cayden caydn caydon
caydyn cayetano cayleb caylob caylon caylum caymon caynan cayne caynen caysen caysin cayson caz
ceasar ceaser cebastian cecil cecilio cedarius ceddrick cedell cederic cederick cedric cedrick
cedrie cedrik ceejay ceferino cejay celedonio celestino celio celso celvin cem ceon cephas
cephus cergio cerrone cervando cesar cesare cesareo cesario ceth cevin cezar chace chad chadd
chaddrick chaden chaderick chadi chadley chadric chadrick chadwich chadwick chadwin chadwyck
chael chaim chais chaison chaitanya chalen chales chalino chalmer chalmers chamar champ champion
chanan chananya chanc chance chanceler chancellor chancelor chandan chanden chandlor chandon
chang chanoch chans chanse chanson chanston chantry chantz chanz chanze chaos chap chapman
charan charbel charels chares charistopher charles charleton charlies charls charlton charod
charvez charvik charvis chas chase chasen chaseton chasin chaske chason chasten chaston chasyn
chaun chaunce chauncy chavez chavis chayden chayim chaynce chaysen chayson chayton chaz chaze
chazz ched cheemeng cheick cheikh chemar cheo cheskel chesky chester cheston chet chetan chett
cheveyo chevez chevis chibueze chibuike chibuikem chicago chick chico chidi chidiebere chidozie
chidubem chiedozie chief chigozie chijioke chike chilton chima chimaobi chinedu chinedum chinmay
chino chinonso chioke chip chipper chirag chirstopher chistian chistopher chisum chivas chon
chord chou chozen chrisangel chrisean chrishaun chrishon chrishun chrisopher chrisotpher
chrisshawn christ christapher christepher christerfer christerpher christhian christhoper
christhopher christiaan christian christianjames christiano christifer christino christion
christiopher christipher christo christobal christof christofer christoff christoffer christoher
christohper christop christoper christoph christophe christopher christophere christopherjame
christopherjohn christopherlee christophermich christophor christophr christorpher christos
christoval christpher christphor christpoher christropher christyan chritopher chrles
chrsitopher chrstopher chrystopher chuck chuckie chucky chue chukwudi chukwuebuka chukwuemeka
chukwuka chukwuma chuong churchill cian cianan ciaran cicel cicero cid cilas cillian cinch
cinque cipriano cirilo ciro cisco cjay claiborne clance clanton clarance clarence clark clarkson
clarnce claron claud claudel claudio claudis claudius claudy claus clavin claxton clay claybon
clayborn clayborne clayburn clayden clayson clayten claytin clayton clayvon clearance clearence
clearnce cleatus cleave cleaven cleavon cleburn cledis clee cleland clell clem clemens clement
clemente clements clemmon clemon clendon clennon clent clenton cleofas cleon cleophas cleophis
cleophus cleotis clerance clerence clester cleston clete cletis cleto cletus cleve cleveland
cleven clever clevester clevland clevon clide clif cliff cliffard clifford cliffton cliford
clifton cline clint clinten clintin clinton clive cloud cloy cloyd cloyde cloys clyde coady coal
coalton coast cobain cobe coben cobey cobin coburn coby cochise coden codey cody codylee coe
coen cogan cohan cohen cohl colan colben colbert colbin colburn colden cole coleby coleman colen
coleson coleston coletin coleton colin collan collin collis colm colman colon colonel colorado
colsen colson colston colsyn colt coltan colten colter coltin colton coltrane coltyn colum
columbus colvin colwyn colyn comer commodore compton con conagher conal conall conan conar
conard conell coner confesor cong conlan conlin conn connar connell conner connery connor cono
conor conrad conrado conroy constantin constantine constantino constantinos contrell conway
coolidge cooper cope copelan copen coran coray corban corben corbet corbett corbin corbitt cord
cordae cordai cordairo cordale cordario cordarious cordarius cordaro cordarrel cordarrell
cordarrius cordarro cordarryl cordaryl corday corde cordel cordell cordelle cordelro corden
cordera corderius cordero corderra corderro cordon coreon corey coreyon corgan corion corkey
corleone cormac cormick corneilius corneilus cornel cornelio cornelious cornelius cornell
cornellius corneluis corney coron corrado corran correll correy corrion corron corson cort
cortavious cortavius cortez cortlan cortland cortlandt cortlin cortrell corvell corvin corwin
corwyn cory corydon corye coryon cosby cosimo cosme cosmo costa costantino costas coston cote
cotey cott cotter cotton cottrell cougar coulson coulter coulton council couper court courtez
courvoisier coury coven covey covin cowan cowen coy coye coyle coyote coyt craig craige craigory
cramer crandall cranford cranston crash craven crawford cray crayton crecencio creed creede
creedon creek creg cregg creig creighton crescencio cresencio crespin creston crew crewe crews
crhistopher criag crisanto crishawn crisoforo crispin crist cristain cristhian cristhofer
cristian cristiano cristino cristion cristo cristobal cristofer cristofher cristopher cristos
cristoval crit crixus crockett croix cross croy cru crue cruise cruiz cruize cruse cruze cruzito
crystian cuahutemoc cuauhtemoc cubby cuinn cullan cullen culley cullin cully culver cung cuong
curby curits curlee curly curran curren curt curtez curties curtis curtiss curvin cutberto
cuthbert cutler cutter cuyler cy cye cylan cylar cylas cyle cyler cylis cylus cypher cyprian
cyree cyric cyrie cyril cyris cyron cyrus cyruss cyson czar daaiel daanish daaron dabid dacari
dace dacen dacian dack dacorian dade daden dadrian dadrien daedric daegen daegon daejon daejuan
daekwon dael daelan daelen daelon daemeon daemian daemien daemion daemon daemyn daequan daequon
daeron daesean daeshaun daeshawn daeshon daeson daeton daeveon daevin daevion daevon dag dagan
dagem dagim dagmawi dago dagoberto dagon dahani dahir dahl dahlton dahmir daichi daid daiden
daiel daigan daijon daiki dailan dailen dailon daimen daimeon daimian daimien daimion daimon
dain dainel daion daiquan daiquon dair dairl dairo dairon daisean daishaun daishawn daishon
daison daisuke daiton daivd daiven daiveon daivik daivion daivon daiwik daiyan daizon dajaun
dajhon dajion dajohn dajon dajoun dajour dajuan dak dakai dakarai dakarri daken dakhari dakin
daking daksh dakwan dakwon dal dalan dalante dalbert dalen daleon dalessandro dallan dallen
dalles dallin dallon dalon dalontae dalonte dalson dalston dalten daltin dalton daltyn dalvin
dam damacio damain damaine daman damante damany damar damarco damarcus damare damaree damareon
damariae damarian damarien damario damarion damarious damarius damariyon damarko damarkus
damarquis damarr damarri damarrion damarrius damascus damaso damauri damean dameer dameian
damein dameion dameir damek damel damen dameon damere damerius dametri dametrius dameyon damian
damiane damiano damichael damico damiean damiel damien damieon damier damin damine damion
damione damir damire damitri damius damiyon dammon damon damond damondre damone damoney damont
damonta damontae damontay damonte damontez damontre damorian damorion damu damyan damyen damyn
damyon dan danan danarius dandrae dandre dandrew dandy dane daneil danek danen danford dang
dangelo danger danh danial danian daniel danieljames daniels daniil danil danile danilo danish
daniyal danner danney dannial dannis danny dano danta dantae dantavious dantavius dantay dante
danthony danton dantonio dantre dantrell danuel danyael danylo danyon danzel danzell danzig
daonte daoud daouda daquain daquan daquane daquann daquante daquarius daquavion daquavious
daquawn daquon daqwan daqwon darain darald daran daray dardan darden dareion darek darel dareld
darell darelle daren dareon dareus darey darias daric darick darieon daries darik darikson daril
darin darinel dario darious darius dariush dariusz darivs darkiel darko darl darnel darol darold
daron daronte darr darral darrall darran darrek darrel darreld darrell darren darreon darrett
darreyl darric darrick darrik darril darrill darrin darrington darrio darrion darrious darris
darrius darrly darrnell darrol darrold darroll darron darrow darry darryal darryel darryl
darryle darryll darryn darryon darsh darshan darshaun darshawn dart dartagnan dartanian
dartanion dartanyan dartanyon dartavious daruis darus darvel darvell darvin darvis darvon darwin
darwyn daryel daryk daryll daryon daryus dasan dasaun daschel dasean dash dashan dashaun dashel
dashiel dashiell dashon dashone dashton dashun dasmond dason dastan dat datavion dathan daton
datrell datron datwan daud daughtry daulton daundre dauntae daunte dauson davanta davante davari
davarion davarious davaris davarius davaughn davaun dave daved daveed daveion davell davelle
daven daveon davey daveyon davian david davidanthony davide davidjames davidlee davidmichael
davidson davied daviel davien davieon davier davin davinci davion davione daviontae davionte
davious davis davison davit davius daviyon davon davondre davone davonn davonta davontae
davontay davonte davontre davron davud davyan davyd davyon dawan dawaun dawayne dawid dawit
dawon dawood dawoud dawsen dawson dawton dawuan dawud dax daxen daxon daxson daxten daxter
daxtin daxton daxtyn daxx daycen dayceon dayden dayjon daylan daylon daymein daymen daymeon
daymian daymien daymion daymon daymond dayn dayon dayquan dayquon dayren dayron daysean daysen
dayshaun dayshawn dayshon dayshun dayson dayten daytin dayton daytron dayven dayveon dayvian
dayvid dayvin dayvion dayvon dayyan dazhon dazion dazon deaaron deacan deacon deadrian deadrick
deagan deagen deaglan deago deagon deaire deaken deakin deakon deamonte dean deandrae deandre
deandrew deangelo deangleo deanglo deano deanta deantae deante deanthony deantonio deantre
dearies dearis dearius dearl dearrius deashawn deaton deaundre deaunta deaunte deavin debron
decari decarlo decarlos decatur dechlan decimus deckard decker decklan decklen decklin declan
declen declin decoda decorey decorian decorion decory dedan deddrick dederick dedric dedrick
deegan deejay deen deep deepak deeric deforest deforrest degan dehaven deidrick deighton deigo
deion deiondre deionta deiontae deionte deiontre deitrich deitrick deivi deivy dejan dejaun
dejay dejean dejion dejohn dejon dejonte dejuan dekari deke deken dekendrick dekhari dekker
deklan deklen deklin dekwan delan delance deland delando delano delante delawrence delbert
deldrick deleon delfin delfino delford delio dellas dellis dellon delman delmar delmas delmer
delmo delmon delmont delmonte delmore delmos delmus delno delon delonta delontae delontay
delonte delos deloss deloy deloyd delphin delquan delray delrick delrico delron delroy delshaun
delshawn delshon delsin delson delton delvecchio delvin delvis delvon delvonta delvonte delwin
delwyn delyle demar demarco demarcos demarcus demarea demareo demareon demariae demarian
demarien demario demarion demarious demarius demarkis demarko demarkus demarlo demarques
demarquez demarquis demarquise demarqus demarr demarre demarri demarrio demarrion demarrius
demarus demaryius demauri demaurion demba demeco demeko demere demerius demetre demetreus
demetri demetrick demetricus demetries demetrio demetrion demetrios demetrious demetrius
demetrous demetruis demetrus demetry demian demichael demico demir demitre demitri demitrios
demitrious demitris demitrius demitrus demitry demon demond demondre demone demont demonta
demontae demontay demonte demontez demontra demontrae demontray demontre demontrez demorio
demorris demosthenes demtrius demyan denahi denard denario denarius dencil deng denham denico
deniel denilson deniro denis denison denley denman dennard dennes denney dennies dennis dennison
dennon denny deno denon denorris densel densil denson dent denton denvil deny denzal denzale
denzel denzell denzelle denzil deo deondrae deondray deondre deondrick deonta deontae deontai
deontay deontaye deonte deontea deontez deontrae deontray deontre deontrey deontrez depaul
dequan dequandre dequane dequann dequante dequarius dequavion dequavious dequavius dequawn
dequincy dequon deqwan derak deral derald deran deray derec dereck dereion derek dereke derel
derell derelle deren deric derick derico deriel derien derik derion derious derius derk derl
derly dermaine dermot derold deron derone deronte deroy derral derrall derran derreck derrek
derrel derrell derrelle derren derreon derric derrich derrick derrico derrien derrik derrike
derril derrill derrin derringer derrion derrious derris derrius derron derryck derryk derryl
dervin derward derwin derwood deryan deryck deryk deryle desean deshan deshaun deshun desiderio
desjuan desman desmen desmin desmine desmon desmond desmund destan desten deston detavion
detavious detavius detravion detrell detric detrick detroit detron deuce deundre deunta deuntae
deunte dev devaansh deval devane devang devansh devanta devantae devante devario devarion
devarious devaris devarius devarus devaughn devaun devaunte devean deveion devell develle deveon
devere devereaux deverick devern deveron devesh devion devlon devohn devondre devonta devontae
devontai devontay devontaye devonte devontea devontez devontre devoris devrin devron devun
devvin devyon dewain dewaine dewan dewane deward dewarren dewaun dewayne dewell dewey dewie
dewight dewitt dewon dewone dex dexter dexton deyan deylan deyon deyonta deyonte deyshawn deyton
deyvi deyvon dez dezion dezman dezmen dezmin dezmon dezmond dezmund dhairya dhanush dhanvin
dharius dhaval dheeraj dhilan dhillon dhiren dhruv dhruva dhruvan dhyan dhyey dhylan diago
diallo diandre diangelo diante diar diaz dick dickey dickson dicky didier diedrich diego dieon
dierks dierre diesel dieter dietrick diezel dijion dijon dijuan dikembe dilan dilen dillan
dillard dillian dillin dillinger dillion dillon dilon dilraj dimaggio dimarco dimari dimario
dimas dimetri dimetrius dimitar dimitri dimitrios dimitrious dimitris dimitrius dimitriy dimitry
din dinari dinero dinesh dinh dinnis dino dio diogenes diogo diomar diondre dionel dionicio
dionis dionisio dionisios dionta diontae diontay dionte diontre dionysios dionysus diovanni
diquan dirck dirk diron dirrick dishawn dishon divante divit divon divonte divyansh divyesh dix
dixon diyan diyari dj django djay djibril djimon djon djuan dkari dmarco dmarcus dmari dmario
dmarion dmarius dmarkus dmauri dmetrius dmichael dmitri dmitrius dmitriy dmitry dmoni dmonte
dmorea dnaiel doak doane doanld dobie doc dock doctor dodd dodge dodger dohn dohnovan doil
dokota dolan dolph dolphus dolton dom domani domanic domanick domanik domenic domenick domenico
domenik domingo domingos dominic dominick dominico dominie dominik dominion dominiq dominyck
dominyk domminic domnic domnick domonic domonick domonik domynic don donaciano donahue donal
donald donaldo donaldson donat donatello donathan donato donavan donaven donavin donavon donavyn
dondre dondrell donel donevan donevin dong doniel donivan doniven donivin donjuan donley donn
donnal donnald donnavan donnavin donnavon donney donnivan donnovan donny donold donovan donoven
donovin donovon donovyn donquarius donta dontae dontai dontario dontarious dontarius dontavian
dontavion dontavious dontavis dontavius dontay dontaye donte dontea dontee dontel dontell
donterious donterius donterrious donterrius dontez dontra dontrae dontrail dontravious dontray
dontre dontreal dontrel dontrell dontrelle dontrey dontrez donzel donzell doran dorance dorell
dorion dorman dornell doron doroteo dorrance dorrell dorrien dorse dorsel doruk dorwin doryan
doss doug dougals douglas douglass dougles doulgas dov dovber dover dovid dow dowell doy doyal
doyel doyl doyle doyne dozier dquan drace dracen draco draden drae draeden draedyn draegan
dragan drago dragon draiden drake draken drakkar drako draper draven dravin dravon dravyn
draxton dray drayce draycen drayden draydon drayk drayke draylen draylon draysen drayson drayton
drayven drayvin drazen dre dredan dreden dredon dredyn drelon drelyn dreon drequan dresean
dreshaun dreshawn dreshon dreshun dreux drevan dreveon drevin drevion drevon drewey drexel
drexler drey dreydan dreyden dreydon dreyon dreyson dreyton drezden drin drury dryden drystan
dsean dshaun dshawn dshon duain duaine duan duane duante duard duayne dub duc dudley duel duell
duff duffy dugan duglas duilio dujuan duke duncan duong dupree duquan duran durand durant
durante durel durell durham duriel durk duron durrel durrell durron durward durwin durwood dusan
dushaun dushawn dustan dusten dustin duston dustyn dutch duval duvall duvan duvid duvon duwan
duwane duward duwayne duy dvante dvaughn dvid dvon dvonta dvontae dvonte dwain dwaine dwane
dwanye dwaun dwayn dwayne dwight dwon dwyane dwyne dyami dyer dyke dylan dyland dylen dyllen
dyllin dyllon dylon dymere dymir dyon dyonte dyquan dyrell dyron dysen dyshaun dyshawn dyshon
dyson dyvon dywane dywayne eagan eagle eain eames eamon eamonn ean eann earl earland earle
earley earlin earlis earmon earnest earon earsel earvin eashan eason eastan easten eastin easton
eathan eathen eathon eaton eaven eban ebb eben ebenezer eber eberardo ebert ebin ebon ebrahim
ebrima ector ed edahi edd edder eddi eddie eddieberto eddiel eddison eddrick eddy edelmiro edem
edenilson eder ederson edgar edgard edgardo edge edgel edger edgerrin edher ediberto ediel
edilberto edilson edinson edison edisson ediz edker edman edmar edmon edmond edmund edmundo
edoardo edon edouard edras edrees edrei edrian edric edrick edriel edrik edsel edson edu eduar
eduard eduardo eduin edvardo edvin edwar edward edwardo edwards edwen edwin edwing edword edwyn
edyson eean eero eesa eeshan efe effrey efosa efraim efrain efram efran efrayim efrem efren
efrin efstathios egan egbert ege eghosa egon egor ehaan ehab ehan ehren ehsan ehtan ehud eian
eidan eiden eiji eilam eilan ein einar eino eion eirik eisen eissa eita eitan eithan eithen eito
eivan eivin ej ejay ekamveer ekansh ekin ekrem elad eladio elai elam eland elante elazar elber
elbert elbin elbridge elby elchanan elchonon eldar elden elder eldin eldo eldon eldor eldred
eldredge eldrick eldridge eldrige eldwin eleasar eleazar eleazer eleftherios elek eleno elery
elester eleuterio elex elfego elford elgin elhadj elhadji eliab eliahs eliajah eliakim eliam
elian elias eliasar eliav eliaz eliazar eliazer eliberto eliceo elicio eliel elier elieser
eliezer eliga eligah elige eligh eligha eligio elih elihu elihue elii eliijah elija elijaah
elijah elijaha elijahjames elijan elijha elijiah elijio elijsha elijuah elimelech elio eliodoro
elioenai elion elior eliott eliran elisandro eliseo elisey elishua elisio eliu eliud elius eliut
eliyahu eliyas eliyohu elizandro elizar elizardo elizeo elizer elizjah eljay elkin ell ellard
ellian ellias ellijah ellsworth ellwood ellwyn elmar elmer elmin elmo elmon elmond elmore elmus
elnathan elohim elonzo eloy elpidio elray elrey elric elrick elrico elridge elroy elson elster
elston elsworth elton eluterio eluzer elvan elven elvert elvin elvir elvis elward elwin elwood
elwyn elyan elyas elye elyjah elyon elzy emaad emad emannuel emanual emanuel emanuell emarion
emeka emelio emeric emerick emerik emet emeterio emett emidio emigdio emil emileo emilian
emiliano emilio emilliano emillio emilo emin emir emit emitt emmanual emmanuel emmanuell emmauel
emmerich emmet emmett emmette emmit emmitt emontae emonte emperor emrah emran emre emric emrick
emrik enan encarnacion ender endi endre endrit endy engelbert enio enmanuel ennio enoc enoch
enock enos enrico enrigue enrike enrique enriquez enrrique ensar enson enver enzi enzio enzo
eoghan eoin eon ephraim ephram ephrem ephriam epifanio epimenio equan eraclio eragon erasmo
erasmus erasto erastus erbie erby erdem erek erez eriberto eric ericberto erich erick erickson
erico ericson ericsson erik eriks erikson eril eriq erique eriverto erland erle erling erman
ermias ermin erminio ermon ernan ernest ernesto ernie ernst erol eros erric errick errik errol
erroll erron erskin erskine erubey erubiel ervan erven ervey ervie ervin ervine erving erwin
eryc eryck eryk eryx esai esaiah esaias esam esau esaul esaw esben escher esco esdras esequiel
esgar esgardo eshaan eshan eshawn eshwar esiah esias esiquio esker esmael esmond espiridion
esrom essam essex essiah essien estaban estanislado estanislao esteban estefan estefano esten
estephan estephen estes estevan esteven estevon estiben estil estill estin estiven estle eston
estuardo estus esvin eswin etai etan ethan ethanael ethanalexander ethaniel ethanjacob
ethanjames ethanmichael ethann ethelbert ethen ethian ethin ethon ethridge ethyn ettore etzio
eual euan euclid euel euell eufemio eugean eugen eugene eugenio eugine eugune eulalio eulan
eulas eulice eulices eulis eulises eulogio eural eusebio eusevio eustace eustacio eutimio evaan
evagelos evan evander evangelos evans evaristo evart evelio even evens everado everard everardo
everet everett everette everhett everick everitt everrett everson evert everth everton evertt
evertte evonte evren evrett ewald ewan eward ewell ewen ewin ewing exander exavier exavior
excell exton exzavier exzavion eyad eyal eyan eyasu eydan eyden eymen eyob eyoel eyon eyosias
eytan eythan eyuel ezaiah ezana ezechiel ezekeil ezekiah ezekial ezekiel ezel ezequias ezequiel
ezeriah eziah ezikiel ezio ezkiel ezra ezrael ezreal ezriel ezzard faaiz faaris fabain fabian
fabiano fabien fabio fabion fabrice fabricio fabrizio fabrizzio fabyan facundo fadel fadi fadil
fady fahad fahd fahed faheem fahim fairley faisal faison faiz faizaan faizan faizon fallou
famous fanuel faolan faraaz faraji faraz fard fardeen fardin fareed fares farhaan farhad farhan
farid faris farley farmer faron farooq farouk farrel faruk faruq farzad fateh fatih faustin
faustino fausto favian favio fawaz fawzi fayez faysal federick federico fedor fedrick felder
feliberto feliciano feliks felimon felipe felix felton fender fenris fenton fenway feras ferd
ferdie ferdinand ferdinando ferenc fergus ferguson ferlando ferlin ferman fermin fermon fernado
fernand fernandez fernando fernie ferrel ferrell festus feynman fher fidel fidencio field
fielding fields filbert filberto filemon filiberto filimon filip filipe filippo fillmore filmore
filomeno fin finbar finch fineas finian finis finn finnan finnbar finnean finneas finnegan
finneus finnian finnick finnigan fintan finton fionn firas firman fischer fishel fisher fitz
fitzgerald fitzhugh fitzpatrick fitzroy fitzwilliam flabio flavio fleet flem fleming flemon
fletcher flint florencio florentino florian floyd floyde floyed flynt foday fong fonzie forbes
ford forest forrest forrester fortino fortunato foster fotios fouad fount fowler fox foxx frak
francesco franchesco franchot francisco franciscojavier franciso franciszek franck franco
francois frandy frank frank-walter franke frankey franklen franklin franklyn franko franky frans
fransico fransisco frantz franz fraser frasier frazer frazier fread fred fredderick freddrick
freddy frederic frederich frederick frederico frederik fredick fredie fredirick fredis fredric
fredrich fredrick fredrico fredrik fredy freeland freeman freemon freman fremon fremont french
friddie friedrich frisco fritz fritzgerald froilan froylan frutoso fuad fue fuller fulton fumio
fuquan furious furkan furman furqan fyodor gabe gaberial gaberiel gabino gable gabor gabrael
gabrian gabriel gabrien gabryl gabryle gad gaddiel gadge gadiel gaege gael gaelan gaetan gaetano
gage gahel gaige gailen gaines gaither gaius gaje galan galdino galen galileo galo galvin gamal
gamaliel gamalier gambit ganesh gannon ganon gar garald garan garang garbriel gardell gardiner
gardner gardy gared garek gareld garen garet gareth garett garette garey garfield garhett garick
garik garin garion garison garl garlan garland garlen garlin garlon garner garney garo garold
garon garred garrel garrell garren garret garreth garrett garrette garrick garrik garrin garris
garrison garrit garritt garrod garron garrus garry garson garth garv garvey garvin garvis
garwood gary garyson gaspar gaspard gaspare gasper gaston gatlin gatlyn gaudencio gauge gaurav
gautam gautham gavan gaven gavin gavinn gavino gavon gavriel gavril gavyn gavynn gawain gayland
gaylord gearald gearld gearold geary gedalia gedalya geddy gedeon geert geff geffrey gegory
gehrig gemari gemayel genard genaro gene general gennady gennaro geno genovevo gentle geo geoff
geoffery geoffrey geoffry geofrey geoge geoggrey geomar geonni geordi geordie geordon georg
george georges georgio georgios georgiy geovani geovanie geovanni geovannie geovanny geovany
geovonni geovonnie gerad gerado gerald geraldo geramiah geramy geran gerard gerardo gerasimos
gerber gered gerell geremiah geremy gergory gerhard gerhardt gerhart gerik gerlad germain german
gerod geroge gerold gerome geron gerone geronimo gerrad gerrald gerrard gerred gerrell gerrett
gerrick gerrit gerritt gerrod gerron gershom gershon gerson gervase gervis gery gevin gevon
gevorg gevork geza ghaith ghali ghassan ghazi giacomo gian giancarlo giancarlos gianfranco
giankarlo gianluca gianlucas gianlucca gianluigi gianmarco giann gianncarlo giannis gianno giano
gianpaolo gib gibbs gibran gibril gibson gid giddeon gideon giezi gifford gil gilad gilbert
gilberto gildardo gildo gilead giles gilford gill gillermo gilles gillis gilman gilmar gilmer
gilmore gilroy gilverto gino gio giomar gioni giordano giorgi giorgio giovan giovani giovanie
giovann giovanne giovanni giovannie giovanny giovany giovoni giovonni giovonnie girard girish
girolamo giulian giuliano giulio giuseppe givanni given givon gjon glade gladstone gleason gleb
gleen glen glenard glendal glendel glenden glendon glenford glenn glennon glenroy glenwood
glover goble godfrey godric godson godswill godwin goeffrey goerge gohan goku gokul gomer
gonsalo gonzales gonzalo goodluck goodwin gopal gor goran gordan gorden gordie gordon gordy
gorge gorje gorman gotham gotti govani govanni govanny governor govind govinda gowtham grabiel
graciano graden gradin gradon grady gradyn graeden graeme graeson grafton graham grahm graiden
graig grainger graisen gralin gralyn gram grandon grandville granger granite grant grantham
grantland grantley granvel granvil granville grason graviel grayden graydon grayer graylan
grayland graylen grayling graylon graysin grayson grayton great greco green greg gregary gregery
gregg greggory gregoire gregor gregorey gregori gregorie gregorio gregory gregrey gregroy gregry
greig greogory greogry greory gresham greyden greydon greyer greylan greysin greyson greysun
griff griffen griffey griffin griffith griffon grigor grisham grove grover gryffin gryphon
grzegorz guage gualberto guenther guerin guerry guhan guido guilford guilherme guillaume
guillermo guinn guiseppe guled gumaro gumecindo gunar gunnar gunner gunnison gunter gunther
gurfateh gurjot gurney gurnie gurshaan gurshan gurtaj gurtej gurveer gurvir gurvis gus guss gust
gustabo gustaf gustav gustave gustavo gustavus gustin guthrie guy guyton gyan gyasi haadi haaken
haakon haaris habeeb habib haddon haden hades hadi hadrian hadriel hafiz hagop hai haidar haider
haidon haig haik haim hairl hairo haitham haji hakan hakeem hakeen hakeim hakiem hakim hakop hal
halbert halden haldon hale haleem halford halil halim hall halton hamad hamadi hamdan hamed
hameed hamid hamidou hamilton hamin hamish hamlet hammad hammond hamp hampton hamsa hamse hamza
hamzah hamze hamzeh hanad hance hancel handsome handy haneef hanford haniel hanif hanish hank
hannes hannibal hanniel hans hans-peter hansel hansen hansford hanson hanz hanzel hao harace
haralambos harald haran harbert harce harden hardie hardin harding hardy harel hargis hari
hariharan harim haris harish harison harith harl harlan harland harlen harles harless harlin
harlis harlon harm harmon harol harold haron haroon haroun harout harrel harrell harrington
harris harrison harrol harrold harry harsh harshaan harshal harshan harshil harshit harshith
hart hartford hartman hartwell haruki harun haruo harut haruto harutyun harvard harve harveer
harvel harvey harvie harvir harvis harvy harwood hasaan hasan hasani haseeb hasheem hashem
hashim hashir hasib haskel haskell hasnain hason hassaan hassan hassani hassel hassell hassen
hasson hasten hastin haston hatcher hatem hatim hattan havard havier havish havoc haward hawk
hawke hawken hawkin hawkins hawthorne hayato hayes hayk haynes hays hayston haytham hayward
haywood hayze hayzen hazael hazaiah hazem hazen haziel hazim hearl heath heaton heber hebert
heberto hector heinrich heinz heith heitor hektor helaman helder helio heliodoro helios helix
helmer helmut helmuth helton hemal henderson hendrick hendricks hendrik hendry henery henk
henning henok henrick henrik henrique henrry henry henryk henson heraclio herald heraldo herb
herber herbert herberth herberto herbie herby herchel hercules heri heriberto herley herlin
herman hermann hermen hermenegildo hermes hermilo herminio hermon hernan hernandez hernando
herndon herny herold heron herrick herron herschel herschell hersel hersey hersh hershal
hershall hershel hershell hershey hershy herson heru herve hervey hervin hesham heshimu hesston
heston hever hewitt heyden heyward heywood hezakiah hezekiah hezikiah hezron hezzie hideo hiep
hieu higinio hikeem hilario hilbert hilberto hill hillard hillel hilliard hillis hillman hilman
hilmer hilton himmat hinckley hines hinton hipolito hiram hiran hiren hiro hiroki hiroshi hiroto
hiroyuki hisham hitesh ho hoan hobart hobbes hobert hobie hobson hoby hodari hodges hogan hoke
holbert holdan holden holdon holger holman holmes holston holt holten holton homar homer homero
hommer hondo honorio hooper hoover horace horacio horald horatio horris horst horton hosam hosea
hosey hosie hoss hossam hossein houston hovanes hovhannes hovsep howard howell howie hoy hoyle
hoyt hoyte hridaan hriday hridhaan hrishi hrishikesh hristopher hrithik htoo huan hubbard
hubbert huber hubert huck huckleberry hud hudsen hudson huel huey hugh hughes hughey hughie
hughston hugo huie hulan hulbert hulen hulises hulon humbert humberto humphrey humza humzah hung
hunner hunt hunter huntington huntter hurbert huriel hurley hurman hurshel hurshell husain husam
husani husayn husein hussain hussam hussan hussein hussien huston hutch hutchinson hutchison
hutson hutton huxton huy huzaifa huzaifah hy hyde hyden hyder hykeem hylan hyman hyrum iaan iago
iain iam ian iancarlo ianmichael iann iason ibaad iban ibn ibraham ibraheem ibrahem ibrahim
ibrahima ibrohim icarus ichael ichiro icholas icker idan iden idhant idiris ido idrees idris
idriss idus ifeanyi ifeanyichukwu ignacio ignasio ignatius ignazio igor ihan ihor ihsan ikaika
ike ikechi ikechukwu ikeem ikenna iker ikey ikie iktan ilai ilan ilario ilay ildefonso ilias
ilija ilijah ilir illiam illias ilyaas ilyas imaad imad imanol imanuel imarion imer imhotep imir
immanuel imraan imran imre imron imtiaz inacio inaki indalecio indio inesh infinite ingo inigo
iniko iniyan inman inmar inmer inocencio inocente inoke inri inti ioan ioane ioannis iokepa ion
iori iosefa iqbal irbin irby iren irfan irineo irl iroh irvan irven irvin irvine irving irwin
isaac isaack isaah isaak isac isacc isack isadore isael isaha isahi isahia isai isaia isaiah
isaiahs isaias isaic isaid isaih isaiha isair isais isaish isaiyah isak isam isamu isandro isao
isaul isauro isay isaya isayah iseah isen ishaan ishaaq isham ishan ishant ishanth ishaq ishawn
ishmael ishmail ishmeal ishmel isiaah isiac isiah isiaha isiaih isidor isidore isidoro isidro
isileli iskander ismaeel ismael ismail ismaila ismeal isom ison israel isreal isrrael issaac
issac issacc issachar issack issael issah issai issaiah issaic issaih issak issam issiac issiah
istvan itai italo itay ithan ithiel itiel itsuki itzael itzhak ivaan ivan ivann ivar iven iver
iverson ives ivin ivo ivor iyad iyan iyon izaac izaah izaak izaan izac izacc izach izack izaeah
izael izaha izai izaia izaiah izaias izaih izaiha izair izaiyah izak izan izaya izayah izayiah
izea izeah izeiah izek izekiel izell izen izeyah izhar iziah izic izick izik izmael izrael
izreal izsak izyan izyk izzac izzak izziah jaaden jaafar jaalen jaamal jaan jaaron jaasiel
jaaziel jabar jabaree jabari jabarie jabaris jabarri jabbar jabe jaben jaber jabes jabez jabier
jabin jabir jabori jabraylen jabraylon jabreel jabrell jabriel jabril jabron jac jacaden jacai
jacaleb jacari jacarie jacarion jacarious jacarius jacarri jacayden jaccob jace jaceion jacek
jacen jaceon jacere jaceyon jachai jachin jachob jacian jaciel jacieon jacier jacinto jacion
jack jackhenry jackman jackob jacks jacksen jackson jackston jaco jacob jacobanthony jacobb
jacobe jacobee jacobey jacobie jacobo jacobs jacobus jacoby jacody jacolby jacon jacorey jacori
jacorian jacorie jacorion jacorius jacory jacquan jacquees jacques jacquez jacsen jacson jacub
jacyon jad jadakis jadarian jadarien jadarion jadarious jadarius jadarrion jadarrius jadavion
jadd jadeon jader jadeveon jadiel jadier jadir jadon jadriel jadrien jaece jaeceon jaecion
jaecob jaedon jaegar jaeger jaekob jaekwon jaelon jaemin jaems jaen jaeon jaequan jaesean
jaeshaun jaeshawn jaeshon jaeson jaethan jaeven jaeveon jaevian jaevin jaevion jaevon jaevyn
jaewon jafar jafari jafet jafeth jaffar jaffer jag jagar jagdeep jager jaggar jagger jago jaguar
jagur jah jahaad jahaan jahad jahaire jahaun jahaziel jahbari jahcere jahden jahdiel jaheem
jaheim jaheir jahem jahfari jahi jahid jahiem jahier jahir jahkai jahkari jahkeem jahki jahking
jahkye jahleel jahlen jahliel jahlil jahlon jahmad jahmai jahmair jahmal jahmani jahmar jahmari
jahmarion jahmarley jahmeek jahmeer jahmeir jahmel jahmere jahmez jahmi jahmier jahmiere jahmil
jahmir jahmire jahmon jahn jahod jahon jahquan jahquez jahred jahree jahrel jahrell jahri jahron
jahsai jahsean jahshawn jahshua jahsiah jahsir jahson jahvier jahvion jahvon jahziel jahzier
jahzion jahzir jaiceon jaicion jaicob jaideep jaidev jaidon jaikob jailon jaimen jaimere jaimes
jaimin jaimir jaimon jainil jaion jaiquan jair jaired jairen jairius jairo jairon jairus jais
jaisean jaisen jaishaun jaishawn jaishon jaison jaithan jaivan jaiveer jaiven jaiveon jaivian
jaivin jaivion jaivon jaivyn jaiyden jaiyon jaizen jaizon jaja jajuan jak jakaden jakaiden
jakaleb jakar jakaree jakarie jakarion jakarius jakarri jakavion jakavious jakayden jakaylen
jake jakeb jakeel jakeem jakeim jakeith jakel jakell jaken jakendrick jakeob jakeryan jakevion
jakevious jakhai jakhari jakhi jakie jakiem jakim jakin jaking jakob jakobe jakobee jakobey
jakobi jakobie jakoby jakoda jakolby jakorey jakori jakorian jakory jakota jaksen jakson jakub
jakwan jakwon jakye jakyi jakylan jakyle jakylen jakyree jakyren jakyri jakyrie jakyrin jakyron
jalal jaleal jaleek jaleel jaleil jalen jaleon jaliel jalijah jalik jalil jalique jallen jalon
jalonnie jamaal jamaar jamaari jamael jamah jamahl jamahri jamail jamain jamaine jamair jamal
jamale jamall jaman jamane jamar jamarco jamarcus jamard jamare jamaree jamareon jamarian
jamarien jamarii jamario jamarion jamarious jamarius jamariyon jamarkis jamarkus jamarl jamarlon
jamarques jamarquez jamarquis jamarqus jamarr jamarre jamarri jamarrie jamarrion jamarrius jamas
jamason jamaul jamauri jamaurie jamaurion jamaury jameal jamear jameek jameel jameer jameil
jameir jameire jameis jameison jamel jamele jamell jamen jameon jamer jamere jamerion jamerious
jamerius jamerson james jamesanthony jamesdavid jamesedward jamesen jamesjoseph jamesley
jamesmichael jameson jamespatrick jamespaul jamesrobert jamez jamian jamias jamicah jamichael
jamicheal jamiel jamien jamieon jamier jamiere jamil jamill jamin jamion jamir jamire jamis
jammal jammar jammel jammes jammey jamol jamon jamond jamone jamont jamonta jamontae jamonte
jamori jamorian jamorie jamorion jamorris jams jamse jamual jamus jamyrion jamyron jamyson
janard janathan jancarlo jancarlos jandel jandiel jandre janes janmichael janoah janos jansel
janson janssen janthony jantz jantzen januel janzen janziel japeth japhet japheth jaquai jaquail
jaquain jaqualin jaqualon jaquan jaquane jaquann jaquante jaquari jaquarion jaquarious jaquarius
jaquaveon jaquavian jaquavion jaquavious jaquavis jaquavius jaquawn jaquaylon jaquell jaques
jaquez jaquil jaquill jaquille jaquin jaquinn jaquis jaquon jaqwan jaqwon jarad jaramiah jaramie
jaran jarard jaray jardon jare jareb jared jareese jarek jarel jarell jarelle jaremiah jaremy
jaren jaret jareth jarett jarette jarian jaric jarick jarid jariel jarien jarik jarin jarion
jarious jarius jarl jarmaine jarmal jarman jarmar jarmarcus jarmel jarmon jarnell jarod jarol
jarold jarom jarome jaron jarone jaroslaw jarosław jarquavious jarquez jarquis jarrad jarrard
jarreau jarred jarrel jarrell jarren jarret jarreth jarrett jarrette jarrick jarrid jarriel
jarrin jarris jarrius jarrod jarron jarry jarryd jarryn jartavious jarvaris jarvin jarvis jarvon
jary jaryan jaryd jasaan jasai jasan jasaun jascha jase jasean jasen jaseon jaser jash jashad
jashan jashaun jashawn jasher jashon jashua jashun jasier jasim jasin jasion jasir jasire
jaskaran jaskarn jasn jason jaspal jaspar jasper jasraj jassen jasser jassiel jassim jassir
jasson jasten jaston jasun jasyn jatarius jatavian jatavion jatavious jatavis jatavius jaterrion
jaterrius jathan jathaniel jathen jathniel jatin jatinder jatniel jatorian jauan jaun jaurice
jauron javad javale javan javani javanni javante javar javaree javares javari javarian javarie
javarion javarious javaris javarius javarous javarri javarus javaughn javaun javed javeion javel
javell javelle javen javeon javery javeyon javi javian javiar javid javiel javien javier javin
javion javione javionne javious javis javius javohn javon javone javoni javonn javonta javontae
javontay javonte javoris javy javyn javyon jawaad jawaan jawad jawaharlal jawan jawann jawanza
jawara jawaun jawon jaworski jawuan jawun jax jaxan jaxden jaxel jaxen jaxiel jaxin jaxn jaxon
jaxsen jaxsin jaxson jaxstin jaxston jaxsun jaxten jaxtin jaxton jaxtyn jaxx jaxxen jaxxon
jaxxson jaxzen jaxzon jay jayan jayant jayanth jayanthony jayc jaycean jayceion jaycen jayceon
jaycieon jaycion jayco jaycob jaycub jaydden jaydem jaydian jaydiel jaydien jaydon jaydrian
jaydrien jayen jayesh jayin jayion jayjay jayk jayke jayko jaykob jaykub jaykwon jayland jaylend
jayleon jaylon jaylun jaymar jaymari jaymarion jaymason jaymen jaymere jaymes jaymeson jaymian
jaymien jaymier jaymin jaymir jaymison jaymon jaymond jaymz jayon jayquan jayquon jayr jayren
jayro jayron jayse jaysean jaysen jayseon jayshaun jayshawn jayshon jayshun jaysiah jaysin
jaysion jayson jaysten jaystin jayston jaysun jayten jaythan jaythen jayton jayvan jayvaughn
jayveion jayven jayveon jayvian jayvien jayvier jayvin jayvion jayvon jayvone jayvonn jayvonne
jayvonte jayvyn jayz jayzen jayziah jayzion jayzon jazael jazarion jaze jazen jazer jazhiel
jaziel jazier jazion jazir jazon jazper jazziel jb jc jceon jcion jd jden jdyn jean-baptiste
jean-claude jean-francois jean-jacques jean-louis jean-luc jean-marc jean-marie jean-michel
jean-paul jean-pierre jean-yves jeancarlo jeancarlos jeanclaude jeanluc jeanmarc jeanmichel
jeanpaul jeanphilippe jeanpierre jearld jearold jeb jebadiah jebb jebediah jebidiah jecaryous
jecorey jecory jed jedadiah jedaiah jedd jedediah jedi jediah jedidiah jediel jedrek jedrick
jeet jeevan jef jeferson jefery jeff jeffary jeffer jefferey jefferie jefferson jeffery jeffey
jeffory jeffray jeffre jeffree jeffren jeffrey jeffri jeffry jeffy jefrey jefri jefry jefte
jehad jehiel jehu jeiden jeiren jeison jejuan jekhi jelan jemaine jemal jemar jemarcus jemari
jemario jemarion jemel jemell jemelle jemere jemery jemil jemuel jenard jenaro jencarlo
jencarlos jeniel jenkins jenner jeno jenrry jenry jens jenson jentzen jeoffrey jeorge jeovani
jeovanni jeovanny jeovany jep jeptha jequan jerad jeral jerald jeraldo jerame jeramee jeramey
jerami jeramia jeramiah jeramie jeramih jeramine jeramy jeramyah jeran jerard jerardo jerauld
jeray jered jerek jerel jereld jerell jeremai jeremaih jeremaine jereme jeremee jeremey jeremi
jeremia jeremiah jeremian jeremias jeremie jeremih jeremiha jeremiyah jeremmy jeremy jeremyah
jeren jeret jereth jerett jerian jeric jerick jerico jerid jeriel jerik jeriko jerimah jerime
jerimey jerimi jerimiah jerimie jerimy jerimyah jerit jerius jerl jermail jermain jermaine
jermal jermale jermall jerman jermane jermar jermarcus jermari jermario jermarion jermarius
jermayne jermel jermell jermelle jermery jermey jermiah jermichael jermie jermine jermon jermond
jermone jermonte jermy jermyn jernard jerod jerode jerold jerome jeromey jeromi jeromiah jeromie
jeromy jeron jerone jeronimo jerquan jerrad jerral jerrald jerramie jerramy jerran jerrard
jerred jerrel jerrell jerrelle jerremy jerren jerret jerrett jerrian jerric jerricho jerrick
jerrico jerrid jerriel jerrik jerrimiah jerrin jerrion jerrit jerritt jerrius jerrod jerrol
jerrold jerroll jerron jerry jerryd jerryl jerryn jersiah jerson jervis jervon jervonte jery jes
jesaiah jese jesean jeshawn jeshua jeshuah jeshurun jesiel jeson jesper jess jesse jessejames
jesselee jessen jesses jesson jesstin jessup jessus jesten jester jestin jeston jesua jesus
jesusalberto jesusantonio jesusmanuel jet jeter jethro jetli jeton jetson jett jettson jeury
jevan jevante jevaughn jevaun jeven jevin jevion jevon jevontae jevonte jewett jex jexiel jeycob
jeydan jeyden jeydon jeyren jeyson jeziel jezrael jguadalupe jhace jhaden jhadiel jhaiden jhair
jhalen jhalil jhamal jhamari jhamir jhan jhared jhase jhayden jheremy jhett jhoan jhoel jhon
jhonatan jhonathan jhonen jhonny jhony jhostin jhovani jhovanny jhovany jiair jiaire jiancarlo
jibran jibreel jibri jibriel jibril jidenna jigar jihaad jihad jiho jilberto jiles jim jimari
jimel jimmey jimmy jimmylee jimy jinping jionni jiovani jiovanni jiovanny jiovany jiovonni
jiraiya jiri jiro jisaiah jishnu jivan jiyaan jiyan jiří jj jjesus jjuan jkai jkobe jkwon jlen
jlon jmar jmarcus jmari jmarion jmichael joab joachim joah joahan joakim joanathan joandri
joandry joandy joangel joanthan joanthony joao joaopedro joaovictor joaquim joaquin joas joash
joathan job jobani jobanny jobany jobe jobey jobin jock jocob jocqui jocsan joden joe joeangel
joeanthony joeb joel joemar joenathan joeph joeseph joesiah joesph joevanni joevon joeziah
joffre joffrey joh johaan johan johanan johannes johansel johanthan johathan johathon johel johm
john johnandrew johnanthony johnatan johnatha johnathan johnathen johnathin johnathn johnathon
johnathyn johnaton johnattan johnavan johnavon johncarlo johncarlos johncharles johnchristian
johnchristopher johndaniel johndavid johnedward johnel johneric johney johngabriel johnhenry
johniel johnjames johnjoseph johnlee johnluke johnmark johnmatthew johnmichael johnn johnnathan
johnnell johnney johnny johnnyray johnothan johnpatrick johnpaul johnpeter johnrobert johnross
johnryan johnson johnston johnta johntae johntavious johntavius johntay johnte johnthan
johnthomas johntrell johnwesley johnwilliam johny johsua johua jojuan jolon jolyon jomar
jomarion jomel jomes jomo jon jonael jonah jonahs jonahtan jonan jonanthan jonanthony jonas
jonatan jonath jonathan jonathandavid jonathen jonathin jonathon jonathyn jonattan jonavan
jonaven jonavin jonavon joncarlo joncarlos jondavid joneric jonerik jones jong jonh jonhatan
joniel jonis jonluc jonluke jonmarc jonmichael jonn jonnatan jonnathan jonnathon jonny jonothan
jonothon jonovan jonpaul jontavious jontavis jontavius jontez jonthan jonthomas jontrell jonuel
jonus jony joost joquan joram joran jordache jordani jordanny jordano jordany jordell jordy
jorel jorell joren jorg jorge jorgeluis jorgen joriel jorin joris jorje jorma jorman joron
jorrell jos josafat josaiah josaih jose josealberto josealejandro josealfredo josean joseandres
joseangel joseantonio josearmando josecarlos josedaniel josedavid josede josedejesus joseeduardo
joseenrique josef joseff josefrancisco joseguadalupe joseh josehua josejuan josejulian josel
joselito joseluis josemanuel josemaria josemiguel josep joseph josephanthony josephe
josephmichael josephus joseramon joses joseth josgar josh joshau joshaua joshaun joshawa joshawn
joshia joshiah joshoa joshu joshua joshuadavid joshuah joshuajames joshual joshualee
joshuamichael joshuan joshue joshuel joshuia joshus joshuwa joshva joshwa josia josiah josiahs
josian josias josiel josimar josip josiyah josmar josniel joson jospeh josph jossiah jossiel
jossue josten jostin josua josuah josue josuel josuha josyah josyiah jotham jousha joushua
jovahn jovane jovani jovanie jovanni jovannie jovanny jovante jovany jovaughn jovaun jove jovel
joven jovian jovin jovonni jovonta jovontae jovonte jowan jowel jowell jozef jozeph joziah
joziyah jozsef jozyah jp jquan jr jrake jsaon jsean jshaun jshawn jshon jsiah jsoeph json jsutin
jt juan juanalberto juanandres juanangel juanantonio juancarlos juandaniel juandavid juandedios
juandiego juane juanfrancisco juanito juanjesus juanjose juanluis juanmanuel juanmiguel
juanpablo juanya juanye juaquin jubal jubei jubril jud judah judas judd juddson judge judiah
judson juelz juergen jujhar jujuan jukka julean julen juleon julian juliano julias julien julies
julio juliocesar julion julious julis juliun julius juliyan jullien juluis julyan juma jumaane
jumal jumar junaid junayd junichiro juniel junior junious junius juquan jurell jurgen juriel
juris juron jurrell jushua jusiah jusin jusitn jussi justan justen justian justin justinian
justinlee justinmichael justinn justino justn justo juston justun justyn jusuf juvenal juvencio
juventino juvon juwaan juwan juwann juwaun juwon juwuan jveon jvion jvon jvonte jw jyair jyaire
jyden jye jylan jyles jymere jymir jyquan jyquez jyree jyrell jyren jyrese jyron jyson jörg
kaamil kaan kabe kabeer kabel kabir kable kace kacen kaceon kaceton kacin kacper kadan kadar
kadarious kadarius kadarrius kadden kade kadeem kadeen kaden kadeyn kadien kadin kadir kadmiel
kado kadon kadrian kaedan kaeden kaedin kaedon kaegen kael kaeleb kaelem kaelib kaelob kaelon
kaelum kaemon kaenan kaeo kaesen kaeson kaevion kaevon kage kagen kahaan kahari kaheem kahiau
kahil kahle kahleb kahleel kahlel kahlif kahlil kahn kahne kahner kahron kaian kaicen kaid kaide
kaiden kaidin kaidon kaiel kaien kaif kaige kaikea kaikoa kailas kailash kaileb kailo kailon
kaimen kain kainalu kainan kaine kainen kainin kainoa kainoah kainon kaio kaion kaipo kairan
kairav kairen kairo kairon kairos kais kaisan kaisei kaisen kaiser kaishawn kaison kaito kaius
kaiven kaivon kaiyan kaiyden kaiyen kaiyon kaiyu kaizen kaizer kaj kajuan kal kalab kaladin
kalden kale kaleab kaleal kaleb kaled kaleel kaleem kaleil kalel kalem kaleo kalep kaler kaleth
kalev kalib kalid kalieb kalief kaliel kalif kalik kalil kalim kaliq kalique kalix kalleb kallon
kallum kalman kalmen kalo kalob kalon kalonji kalub kalum kalup kalven kalvin kalvyn kalyan
kalyb kamaal kamahao kamal kamar kamare kamareon kamarian kamarion kamarius kamaron kamarr
kamarrion kamau kamaury kamdin kamdon kamel kamen kamerion kamilo kamin kamir kamon kamonte
kamran kamron kamuela kanaan kanaloa kanan kanard kanav kanden kandon kane kanen kaniel kanin
kanishk kannan kannen kannin kannon kano kanoa kanta kanton kantrell kanye kaos kap kapena kapil
kaplan kapone kapono karac karam karandeep karanveer karanvir karar karas karch kardell karden
karder kareem karell kariem karim karl karl-heinz karlan karlis karlito karlo karlon karlos
karlton karmello karmelo karmine karmyne karnell karo karriem karrson karston kartel karthik
karthikeya kartik kartikeya karver kasaan kasai kasan kasaun kasch kase kasean kaseem kasem
kasen kash kashan kashaun kashden kashdon kashdyn kasheem kashif kashis kashius kashon kashten
kashton kashun kashus kashyap kasim kasin kasir kason kaspar kasper kaspian kasra kass kassem
kassen kassim kassius kasson kasten kastiel kastin kaston katai kathan kato katon katron kaua
kauan kaulana kaulder kaulin kaushal kaushik kaustubh kavan kavari kavaughn kaveh kaven kaveon
kavi kavian kavien kavik kavin kavion kavious kavir kavish kavon kavontae kavonte kawan kawaski
kawhi kawika kawon kayaan kayceon kayd kaydenn kayhan kayleb kaylem kaylib kaylob kaylub kaylum
kaymon kayn kaynan kayne kaynen kaynon kayo kayode kayon kaysan kaysean kayshaun kayshawn kaysin
kayson kaysten kayston kayvan kayven kayveon kayvin kayvion kayvon kayzen kaz kazden kazeem
kazen kazim kazimir kazmir kazuki kazuma kazuo kazuya kden kdyn keaden keagen keagin keagon
keair keaka kealan kealii kean keanan keandre keane keanen keano keanon keanthony keanu keaston
keaten keath keatin keats keaun keaundre keaven keavin keavon keawe kebba kebin kedan kedar
kedarius kedarrius keddrick keden kedric kedrick kedrin kedron kedus kee keean keedan keefe
keefer keegen keegin keeland keelen keeler keelon keen keenan keene keenen keenon keeon keeran
kees keeshaun keeshawn keeton keevan keeven keevin keevon keeyan keeyon keghan keian keiandre
keidan keiden keidrick keidyn keifer keiffer keigen keigo keiji keijuan keil keilan keiland
keiler keilon keimarion keimon kein keinan keino keion keiondre keiontae keionte keiron keisean
keishaun keishon keishun keison keiston keisuke keitaro keith keithan keithen keithon keiton
keivan keiven keivon keiyon kejon kejuan kekai kekoa kel kelan keland keldan kelden keldon
keldric keldrick kelian kelii kell kellam kellar kellon kellum kelon kelsen kelso kelson kelston
kelten keltin kelton kelven kelvin kelvion kelvis kelvon kelvyn kelwin kemal kemar kemarion
kemarrion kemaury kemo kemon kemond kemonta kemontae kemonte kemp kempton kemuel ken kenai kenan
kenaniah kenard kenay kenaz kendan kendarious kendarius kendarrius kenden kenderick kenderrick
kendon kendrell kendrew kendric kendrick kendricks kendriel kendrik kendryck kendryk kendyn
kenechukwu kener keneth keng kengo kenichi keniel kenith kenji kenjuan kenn kennan kennard
kenneith kennen kenner kennet kenneth kennett kenney kenniel kennieth kennith kennon kennth
kenny keno kenon kenric kenrick kenroy kenry kensei kenshawn kenshin kenson kenston kensuke kent
kenta kentarius kentaro kentavion kentavious kentavis kentavius kente kento kenton kentrail
kentral kentravion kentravious kentrel kentrell kenward kenwood keny kenyan kenyen kenyon kenyun
kenzel kenzell kenzo keo keoki keon keondre keondrick keone keontae keontay keontaye keonte
keontre kepler keqiang kerek kerel kerem keric kerim kerion kerman kermit kermitt kern kerney
kerolos kerrick kerron kert kervens kervin kerwin kesan kesaun kesean keshan keshaun keshav
keshon keshun kesler keson kester kestin keston ketan ketch ketcher kethan ketih ketrick keundre
keval kevan kevante kevaughn kevaun keven keveon kevian kevin kevinmichael kevion kevis kevon
kevonta kevontae kevontay kevonte kevork kevron kewan kewaun kewon keyaan keyan keyandre keyante
keyaun keyden keydon keyen keygan keyion keyjuan keyler keylon keylor keymarion keymon keynan
keynon keyon keyondre keyontae keyontay keyonte keyron keysean keyshaun keyshawn keyshon keyshun
keyson keyston keyth keyton keyun keyvan keyvin keyvon keywan keywon khaalid khaaliq khadar
khade khadeem khaden khadim khadir khadyn khael khaiden khaidyn khair khairi khale khaleb khaled
khaleed khaleef khaleel khaleem khaleeq khalel khalen khalfani khalib khalid khalief khaliel
khalif khalifa khalik khalil khalin khaliq khalique khallid khalon khalyl khamal khamar
khamarion khambrel khameron khamir khamren khamron khan khane khang khanye khaos kharee khareem
kharon kharson khary khasir khayden khayman khayree khayri khelan khian khiem khilan khing
khiree khiry khiyan khiyon khizar khizer khmari khoa khoen khoi khol kholton khonner khory
khoury khristopher khriz khrystopher khuong khup khurram khush khy khyan khyden khye khylan
khylen khylon khyon khyran khyre khyree khyren khyri khyrin khyron khysen khyson kiaan kiam kian
kiandre kiano kidus kie kiefer kieffer kiegan kiel kielan kieler kien kienan kieon kier kierce
kiere kierian kieron kieshawn kiet kieth kiev kiing kijon kijuan kilan kile kilian kilik killion
kilo kimahri kimar kimarion kimo kimon kimsey kin kinan kinard kincade kincaid kindrick king
kingdavid kingdom kingjames kingjosiah kingsly kingson kingstan kingsten kingstin kingston
kingstyn kinneth kinney kinnick kinnie kino kinser kinston kion kiondre kione kip kipling kipp
kipper kipten kipton kiptyn kire kiril kirill kirk kirke kirklan kirkland kirklin kirkwood kiro
kiron kirt kirtan kirtis kirtus kirubel kisean kishan kishaun kishawn kishore kitai kiven kivon
kiwan kiwane kix kiyaan kiyan kiyen kiyon kiyoshi kizer kj kjell kjuan klaus klay klayten
klayton kleber klein klever kline klint klinton klyde klye kmarion knight knixon knoah knolan
knowledge knox knoxton knoxx knut knute koah koal koan kobe koben kobey kobin koby kobyn kodah
kode koden kodey kodiak kody koehn koen kofi koh kohan kohei kohen kohl kohle kohler kohlton
kohner koji kojo koki kol kolawole kolbe kolben kolden kole koleman koleson koleton kolin kollen
kollin kolsen kolson kolsten kolston kolt koltan kolten kolter koltin kolton koltyn kolyn konan
kong kongmeng kongpheng konnar konner konnor konor konrad konstantin konstantine konstantinos
koran koray korban korben korbin kord kordae kordai kordale korde kordel kordell kore korion
kornelius koron korrey korry kort kortez kortland korver korvin kosei kosta kostantinos kostas
koston kosuke kotaro kou koua kouper kourosh kourtland koury kove koven kowen koy kraig kramer
kratos kraven krayton kreed kreg kregg kreig kreighton kreston krew krieg krikor krischan krish
krishan krishang krishav krishay krishiv krishon kristafer kristapher kristiano kristijan
kristion kristjan kristo kristof kristofer kristoff kristoffer kristofor kristoph kristopher
kristos krithik kroix kron kross kroy krrish kru krue krunal kruse kruz kruze krystofer
krystopher krzysztof ksean kshaun kshawn kuba kue kule kullen kumail kumar kunaal kunal kunj
kunta kuper kupono kuran kurk kuron kurt kurtis kurtiss kush kushal kutler kutter kuzey kveon
kvion kvon kwabena kwadwo kwaku kwali kwamaine kwamane kwame kwami kwane kwasi kweisi kweku
kweli kwesi kwinton kwon kyair kyaire kyal kyan kyandre kyce kycen kydan kyden kydon kyel kyen
kyeson kyheem kyian kyion kyjuan kyl kyland kyle kylian kylil kyllian kylo kylon kylor kymarion
kymere kymir kymon kynan kyng kyngston kyo kyon kypton kyreem kyreese kyrel kyrell kyren kyrese
kyriakos kyrian kyrillos kyrion kyris kyro kyrollos kyron kyros kyrus kysean kyseem kysen kyser
kyshaun kyshawn kyshon kysin kysir kyson kyston kyu kyus kyuss kyven kyvon kywan kyzen kyzer
laban labaron labarron labib labradford labrandon labrian labron lacedric lacharles lachlan
lacorey ladainian ladale ladamian ladamien ladamion ladanian ladaniel ladarian ladarien ladarion
ladarious ladarius ladarrell ladarren ladarrian ladarrion ladarrious ladarris ladarrius ladarryl
ladavion ladd laddie laden laderius laderrick laderrius ladislao ladonte ladre laeton lafayette
lafe laiden laim laird laith laithan laithen lajarvis lajohn lajon lajuane lakeem lakeith
lakendric lakendrick laker lakim laksh lalo lamaj lamar lamarco lamarcus lamare lamareon
lamarian lamario lamarion lamarious lamarius lamark lamarkus lamarquis lamarr lamarrion lamart
lambert lamberto lambros lameek lamel lamell lamere lamichael lamier lamin lamine lamir lamon
lamond lamondre lamone lamont lamonta lamontae lamontay lamonte lamontez lamontre lamor lamorris
lamount lanard lance lancelot lancer lancy landan landen lander landers landin lando landon
landrum lang langdon langford lanney lanny lanorris lansing lanson lantz lanz lao lapatrick
laquann laquavious laquentin laquincy laquintin laquinton laquon laramy larance larell larence
larenz larenzo larico larmar larnce larnell larome laron larone laronn laroy larrell larrion
larron larry lars larson larwence larwrence lary laryan larz lasalle lasaro lash lason laszlo
latarius latavian latavion latavious latavius lateef laterrance latham lathan lathaniel lathen
lathon lathyn latif latravion latravious latravis latray latre latrel latrevion latrez latron
latroy latwan laurance laureano laurence laurencio laurens laurent lauriano laurier lauro
lautaro laval lavale lavalle lavan lavance lavante lavar lavaris lavarius lavarr lavel lavere
lavert lavi lavonta lavontae lavontay lavonte lavor lavoy law lawarence lawayne lawence
lawerance lawerence lawernce lawrance lawrence lawrnce lawsen lawson lawton lawyer laydon layman
laymon laymond layn layson layth laythan laythen laytin lazar lazarius lazaro lazarus lazer
lazerick lazlo lc leaf lealand lealon leam leaman leamon leanard leander leandre leandrew
leandro leanord leanthony leart leary leavy lebaron lebert lebron lecil ledarius ledarrius
ledell ledford ledger ledion ledon leeam leeandre leeandrew leeanthony leelan leeland leelen
leelin leelynd leeman leemon leeon leeroy leeshawn leeum leevi leevon legion legrand legrande
lehi lehman leiam leib leibish leiby leif leighland leilan leiland leim leium lejend lejon
lejuan lekeith lekendrick lelan leland leldon lelend lelon lelynd lem leman lemar lemarcus
lemario lemarion lemichael lemmie lemoine lemond lemont lemonte lemual lemuel len lenard lenardo
lendel lendell lendon lenford leng leniel lenin lenn lennard lennart lennin leno lenoard lenon
lenord lenorris lenoxx lenton lenus lenvil lenville lenward lenwood leo leobardo leocadio leodan
leodegario leodis leomar leon leonard leonardo leonce leoncio leondre leondro leonel leonell
leonid leonidas leonides leonidus leonitus leontae leonte leopold leopoldo leory leotis leovanni
leovardo lequan leray lerenzo leroi leron lerone leroy lerry les lesean less lestat lester
lesther leston letcher lethaniel leto letrell letroy leul leum lev levan levander levante levar
levaughn levell levelle leven levent levente leveon leverett levert levester levi leviathan
levie levii levin levis leviticus levonte levoy levy lew lewayne lewi lewie lewin lewis lex
lexander lexton lexx leyden leyland liad liahm liam liamjames liandro liang liban liberato
liborio librado lief liem lieutenant liev lige lilburn lillard lilton limmie limuel linard linas
linc lincoln lincon lindan lindberg lindbergh lindle lindon lindwood linford link linken linkin
linkoln linkon lino linton linus linville linward linwood lio lion lional lionardo lionel
lionell lipa liridon lisandro lissandro lister liston littleton lium livan livio lizandro lj
llewyn lleyton lliam lloyd lloyde loay loc loch lochlan lochlann lochlin locke locklan loden
loel lofton logon logun lohith loic loki loman lomax lon lonald londell lonell long longino lonn
lonne lonnel lonnell lonney lonny lonza lonzell lonzie lonzo lonzy loomis lopaka lopez lor
lorance loranzo loras lorcan lord lorence lorenso lorenz lorenzo loreto lorik loring lorinzo
lorn lorne loron lorris lothar lott louay louden loudon loui louie louis loukas lovelace lovett
lowell lowery lowry loyd loyde loyed luay luby luc lucah lucan lucas luccas lucciano luchiano
lucian luciano lucien lucifer lucino lucio lucion lucious lucius luckas lucus ludovic ludwig
ludwin lui luian luie luigi luis luisalberto luisangel luisantonio luiscarlos luisdaniel
luisdavid luiseduardo luisenrique luisfelipe luisfernando luismanuel luismario luismiguel luiz
lukah lukas lukasz luke luken lukes lukis lukka lukus lum luman lumumba luqmaan luqman luster
luther lyal lyall lyam lycan lydell lyden lydon lyell lyle lyman lymon lynard lyndle lyndon
lynford lynk lynken lynkin lynkon lynnwood lynton lynwood lyon lyonel lysander lysle lytle
lyzander maahir maalik maan maanas maanav maasai maaz mac macade macai macaleb macalister
macallan macallister macario macarius macarthur maccoy macdonald mace macedonio macen maceo
macgregor macguire macgyver machael machai machi maciej macin macintyre macio mack mackey
mackinnon macklan macklen macklin macksen mackson macky maclain maclan maclane maclean maclovio
macoy macrae macsen madan maddax maddex maddoc maddock maddon maddox maddoxx maden madex madhav
madix madoc madox mads maejor mael magdaleno magnum magnus mahad mahamadou mahamed mahamud mahan
mahd mahdi mahdy maher mahesh mahir mahith mahkai mahki mahlik mahlon mahmood mahmoud mahmud
mahonri maico maicol maijor maikel maikol mainor majd majed majeed majer majid major majour mak
makade makael makahi makai makaih makail makaio makale makar makarios makaveli makbel makhai
makhail makhi makih makii makoa makoto maks maksim maksym maksymilian makye makyi makyle mal
malacai malachai malachi malachy malacki malahki malakai malakhai malakhi malaki malakiah
malakie malakii malaky malakye malaquias malcolm malcom malcomb malcome male maleak malechi
maleek maleik malek malekai maleke malekhi maleki maleko malhar malic malichi malick maliek
maliik malik malikai malike malikhi maliki malikiah malikk maliky malikye maliq malique malloy
malo malosi malvern malvin malyk malykai malyki mamadou mamady mamoudou manan manas manase
manases manasseh manav mance mancel mancil mandel mandela mandell mando mandrell maneesh manford
manfred manish manit manley manly manmohan mann mannan manning mannix manny manoah manoj
manolito manolo manraj manrique mansa mansel mansfield manson mansoor mansour mansur manu manual
manuel manuelito manus manvik maor marat marbin marc marcal marcanthony marcas marcelino
marcelis marcellas marcelles marcellino marcellis marcellius marcello marcellous marcellus
marcelo marcelous marcelus marchello marcial marciano marcin marcio marcis marck marckus marco
marcoantonio marcos marcques marcquis marcquise marcus mardarius mardochee mare marek mareo
mareon margarito margues marguis marguise mariano marico maricus marik marino marinus mario
marioalberto marios marius mariusz mark markael markail markal markale markandrew markanthony
markas markavion markavious markcus marke markeece markeem markees markeese markeil markeis
markeise markeith markel markell marken markes markese markevion markevious markevis markevius
markey markez markham markhi markian markice markies markiese markis markise markjoseph marko
markon markos markquis marks markus marky marl marlan marland marlando marlik marlon marlos maro
marq marqavious marquail marqual marquan marquarius marquavion marquavious marquavis marquavius
marquay marquece marquell marques marquese marquest marquet marquett marquez marqueze marquice
marquies marquiese marquil marquin marquinn marquis marquise marquist marquiz marquize marquon
marqus marrell marreon marrio mars marsalis marsden marsean marsel marselino marsh marshal
marshall marshaun marshawn marshel marshon marshun marston mart martae martavion martavious
martavis martavius martel martell marten martese martez marteze martial martice martin martinez
martinjr martino martis martise marton martrell martyn maruice marus marv marven marvens marvin
marvins marvion marvon marvyn marwan marwin marx marz masahiro masai masaki masao masaru masashi
masato masayuki mase masen masih masin mason masood masoud massai massimiliano massimo masson
master maston masud masun mat mataeo matai mataio matan matao matas matayo mate mateen matei
matej mateo mateus mateusz mathan mathayus matheau matheo matheson matheu matheus mathew mathews
mathhew mathias mathieu mathis mathius matias matin matis matisyahu matix mato matrim matrix
mats matson matt mattan matteo matteus mattew matthais matthan matthe matthen mattheo matther
mattheu mattheus matthew matthewjames matthews matthias matthieu matthiew matthue mattias mattis
mattix mattox mattson mattthew matvei matvey matviy matyas maurice mauricio maurico maurilio
maurio maurion maurisio maurizio mauro maveric maverick maverik maveryck maveryk mavin mavric
mavrick mavrik mavryck mavryk max maxamilian maxamillian maxamillion maxamus maxden maxemiliano
maxen maxence maxey maxfield maxim maximas maximiano maximilian maximiliano maximilien
maximillan maximillian maximilliano maximillion maximino maximo maximos maximous maximum maximus
maxin maxmilian maxmillian maxon maxsim maxson maxston maxten maxtin maxton maxum maxwel maxwell
maxx maxximus maxxon maxxwell mayank mayco maycol maycon mayer mayfield mayford mayjor maykel
maykol maylon maynard maynor mayukh mayur mazen maziar mazin mcarther mcarthur mccabe mccade
mccain mccarthy mcclellan mccormick mccoy mccrae mccray mcdaniel mcdonald mcgregor mcguire
mcgwire mchale mcihael mckade mckai mckale mckennon mckinnon mckoy mckyle mclean mcneil md mead
meade medardo medford medgar medhansh meeko meer meet mehdi mehkai mehki mehmed mehmet mehran
mehtab mehul meilech meir mekael mekai mekell mekhai mekhi meki melachi melbin melbourne melburn
melchizedek melchor meldon meldrick melecio melesio melford melih melik melique meliton melo
melquan melquiades melquisedec melroy melton melven melvern melville melvin melvon melvyn
menachem menashe mendel mendell menelik meng menno mensah merek meric merick merik merlen merlon
merrel merric merrik mert merton mervil mervin mervyn merwin merwyn meshach meshal meshilem
meshulem mesiah messi mete metro meziah miachel micael micahel micai micajah mican micco
michaeal michaeel michael michaelandrew michaelangelo michaelanthony michaeldavid michaeljames
michaeljohn michaeljoseph michaell michaelpaul michaelray michaelvincent michah michai michail
michall micharl micheal micheil michelangelo michial michiel michio michoel micholas mick
mickael mickal mickale mickeal mickel mickle midas migel miguel miguelangel miguelito mihai
mihail mihailo mihajlo mihcael mihir mihran mikaeel mikaele mikai mikail mikayel mike mikeal
miken mikey mikhael mikhai mikhail mikhi mikias mikiel miking mikiyas mikkel mikko mikle miklo
miklos mikol mikolaj mikyle milad milam milano milas milbert milburn miles milez milferd milford
milfred miliano milik milind millard milledge milo miloh milon milos milt milton minas minato
miner mingo minor minoru miquan miqueas miquel mir miran mirko miro miron miroslav misael
missael mister mit mitch mitchael mitchal mitcheal mitchel mitchell mitchum mitesh mithcell
mithran mitsuo mitsuru mitul mivaan miykael mizael mizell mizraim mj mkai moaaz moataz moath
moayad modesto modou mohab mohamad mohamadali mohamadou mohamed mohamedali mohamedamin mohammad
mohammadali mohammed mohammedali mohamud mohan mohanad mohannad mohd mohib mohid mohit mohmed
mohmmad mohmmed mohnish mohsen mohsin moise moises moishe moishy moiz moksh momen momin momodou
mondell mondo mondrell monico monish monolito monson mont montae montague montario montarius
montavion montavious montavis montavius montay monte montee montego montel montell monterio
monterious monterius montero monterrio monterrius montey montrae montrail montravious montray
montre montreal montrel montrell montrelle montrey montrez monty moody moosa morad mordcha
mordche mordecai mordechai morey morgun morio moris moritz morocco moroni morrell morrie morris
morry morse mort mortez mortimer morton morty mory mose moses mosese moshe mosheh mosiah moss
mossimo mostafa motaz motty moua mouad mouhamad mouhamadou mouhamed mounir mourad mousa moussa
moustafa moustapha moxon moyses mozes moziah mrk muaad muaaz muad muadh muath muaz mubarak
mubashir mubeen muhamad muhamed muhammad muhammadali muhammadu muhammed muhanad muhannad muhsin
mujahid mujtaba mukhtar mukund mumin munasar muneeb muneer munir muntasir murad murat murdoc
murdock murice murlin murray murry murtaza murvin musa musab muscab muse mussa mussie mustaf
mustafa mustafaa mustapha mutasim mutaz muzamil muzammil muzzammil mycal mycheal myer mykai
mykail mykhi myking mykle mykol mylen myles mylez mylik mylon mylz mynor myon myquan myreon
myrick myron myshaun myshawn myson mythias myzel naaman naasir naason nabeel nabil nabor nachman
nachmen nacho nachum nadarius nadav nadeem nader nadim nadir naeem naethan naetochukwu nafees
nafi nafis naftali naftoli naftula naftuli nagee nagi naheem naheim nahiem nahim nahir nahjee
nahom nahome nahshon nahsir nahuel nahum nahun nahyan nahzir naiden naiem naif naiim nail naim
nain nainoa naithan naithen naitik najeeb najeh naji najib najir najm nakeem nakhi nakoa naksh
nakul nakye nalan nalu nam naman nameer namir namish namon nandan nang naod naoki naol naoto
napolean napoleon naquan narada narayan narciso nareg narek naren narendra naresh naron narvel
nas nasario nasean naseer naser nash nashaun nasheed nasheem nashid nashoba nashon nashton
nashua nasier nasif nasiir nasir nasire nason nasr nasri nasser nassir nasyr naszier naszir nat
natalio natan natanael natanel nataniel natavius nathaiel nathainel nathan nathanael nathanal
nathaneal nathaneil nathanel nathanial nathanie nathaniel nathanual nathanuel nathanyal
nathanyel nathanyl nathen nathenial nathian nathin nathnael nathon nathyn natnael natrell natron
natrone natthew navar navarre navarro naveed naven navid navier navin navion navon navraj nawaf
nayan nayden nayef nayel nayib nayquan nayshaun nayshawn nayson naythan naythen nazaiah nazair
nazaire nazar nazario nazeer nazier nazim nazir nazire ndrew neal neale neamiah nebiyu necalli
nechemia ned nedal nedim needham neeko neel neelesh neer neeraj neerav neev nefi nehamiah nehan
nehemia nehemiah nehemias nehemyah nehorai neiko neil neilan neill neils neilson neiman neimar
neithan neizan nekhi nekko nektarios neldon nello nels nelson nelton nelvin nemanja nemesio nemo
nenad neo neomiah nephi nephtali nequan nerick nerik nero nesanel ness nester nestor netanel
nethan nethanel nethaniel nevaan nevan neven neville nevin nevon nevyn newell newman newt newton
neyland neymar neyo neythan nezar ngai nghia nhan nhat nial niall niam nic nicandro nicanor
nicasio nicco niccolas niccolo nichael nichalas nichalos nichalous nichlas nichlaus nichloas
nichlos nichoals nicholad nicholai nicholaos nicholas nicholaus nicholes nicholi nicholis
nichollas nicholos nicholous nichols nicholson nicholus nick nickalas nickalaus nickalis
nickalos nickalous nickalus nickan nickelas nickholas nicklas nicklaus nicklos nicklous nicklus
nicko nickolai nickolaos nickolas nickolaus nickoles nickoli nickolis nickolos nickolous
nickolus nickson niclas nicodemus nicohlas nicolaas nicolae nicolai nicolaos nicolas nicolaus
nicoles nicolino nicolis nicolo nicolus nicos nidal nieko niel niels nigel nigil niguel nihar
nii nijal nijee nijel nik nikai nikalas nikalus nikan nikash nikesh nikhil nikholas nikil
nikitas nikkolas niklas niklaus nikodem nikolai nikolaj nikolaos nikolas nikolaus nikolay nikoli
nikolis nikolos nikoloz nikolus nikos nilan nilay niles nilesh nilmar nilo nils nilson nilton
nimai nimesh nimit nimrod nino niquan nir niraj niranjan nirav nirmal nirvaan nirvan nisaiah
nischal nishaan nishad nishal nishan nishant nishanth nishawn nissim nitai nitesh nithilan
nithin nitin nitish niv nivaan nivan nived nivedh nivek nivin nixen nixin nixon nixson nixxon
niyam nizaiah nizar nkosi nnaemeka nnamdi noach noah noahjames noal noan nobel noberto noble
noboru nocholas nochum noe noeh nohlan nolan noland nolawi nolberto nole nolen nolin nollan
nolon nolton noman nomar nooh norbert norberto noriel norlan norm norman normand normon norrin
norris north norton norval norvel norvell norvil norville norvin norwood nosson notorious nouh
nouman novak novian nowell nox nthony nubaid nuchem nuh numair numan nuno nunzio nuriel nussen
nyair nyal nyan nycere nycholas nyeem nygel nyheem nyheim nyjel nykeem nykel nyko nykolas nyle
nyles nymir nyquan nyrell nyron nyshaun nyshawn nysir nyxon nyzaiah nyziah nyzier nyzir oak
oaken oakes oaklan oaklen oaks oather oba obada obadiah obaloluwa obama obbie obdulio obed
obediah oberon obert oberyn obeth obi obie obinna obra obrian obrien obryan obryant ociel octave
octavian octaviano octavio octavion octavious octavis octavius odai odarius odas oday oddis oden
odes odies odilon odin odinn odis odus odyn odysseus ogden ohm ohn oisin ojani ojas okechukwu
okey okoye oladimeji olaf olajide olajuwon olan oland olander olando olanrewaju olaoluwa olawale
olden ole oleg olegario oleh oleksandr olen oley oli olin oliver oliverio olivier ollen ollin
ollis ollivander olliver olly olman olney olon olsen olson olufemi olujimi olumide olusegun
oluseyi oluwadamilare oluwafemi oluwatimilehin oluwatimileyin oluwatomiwa olvin olyver om omair
oman omar omare omaree omareon omari omarian omarii omario omarion omarius omarr omarri omarrion
omauri omeed omer omere omero omid omir omkar omoro omran omri onaje onathan ondre oneal oneil
oneill onel onesimo onesimus oniel onis onix onofre onofrio ontario onterio onterrio onur opie
oracio oral oran orange orazio orbie orbin orby ordean orel orell oren orenthal orest oreste
orestes orey orhan orien orin orion orlan orland orlander orlandis orlando orlandus orlen orley
orlie orlin orlo orlondo orlyn orman ormand ormond oronde orpheus orren orrin orris orry orson
orton orval orvan orvel orvell orvie orvil orvill orville orvin orvis ory oryan oryn oryon
osagie osama osamah osamu osaze osbaldo osborn osborne osby oscar oseas osei oseias oseph oshae
oshane osher oshua osiah osias osiel osirus oskar osker oslo osman osmani osmany osmar osmel
osmin osmond osric ossiel osten ostin osualdo osvaldo osvin oswald oswaldo otavio othal othell
othello othman othniel otho othon othoniel otilio otis otniel otoniel ottavio ottis otto oumar
ousman ousmane ovadia oval oved overton ovid ovide ovidio owain owais owen owenn owens owin owyn
oxford oz ozair ozan oziah ozias oziel ozil ozzy paarth pablo pace pacen pacer packer paco
padraic padraig pake paladin palani panagiotis panav panayiotis pancho panfilo pantaleon
pantelis pao paolo papa pape parag param paras pardeep paresh parin park parke parks parley
parnell parry parsa parson parth parthiv partick parv parvin pascal paschal pasco pascual
pasqual pasquale pastor pate patick paton patric patrich patricio patrick patrik patriot patryck
patryk patterson pattrick pau paublo paul paulanthony paulino paulmichael paulo pavan pavel
pavle pavlo pavlos pawan pawel paxon paxson paxtin payam payce paydon paymon payne pearce pearse
pecos peder pedram pedro pedrohenrique peirce pekka pelham peng penn pepe per percell percival
percy peretz perez perfecto pericles perkins perrion perry pershing pervis pesach petar pete
peter peterjohn peterson petr petro petronilo petros petter phabian pharaoh pharell phares
pharoah pharoh pharrell phat phelix phelps pheng phil philander philbert philemon philip philipe
philipp philippe phill phillip phillipe phillipp phillippe phillips phillp philmore philo
philopateer philopater phineas phinehas phinneas phong phu phuc phuoc phyllip pierce piercen
pierceson piere piero pierre piers pierson piet pieter pietro pike pilot pinchas pinchos pinchus
pinkney pio piotr pius piyush pj placido plato platon pleas ples plez plummer polo ponce
ponciano pookela porfirio porter poseidon poul powell poyraz prabhav pradeep pradyun prahlad
prajwal prakash pranav pranay praneel praneeth pranesh pranish pranit pranshu prashant prateek
pratham pratheek prathik pratik pratyush praveen pravin prayag prayan preciliano prem prentice
prentis prentiss prescott press prestan presten prestin preston previn price pride priest
primitivo primo primus prince princeston princeton prinston printice prish pritesh prithvi
priyansh proctor prophet prosper prudencio pruitt pryce prynce prynceton pual pujan purav
purcell purnell purvis qaadir qadir qadry qais qasem qasim qays quadarius quade quadir quadre
quadree quadry quaid qualin qualyn quamaine quamane quamar quamari quame quamel quamere quamir
quan quandarius quandell quandre quanell quang quantae quantarius quantavious quantavis
quantavius quantay quante quantel quantez quantrell quaran quaron quartez quasean quashaun
quashawn quashon quashun quasim quatavious quatavius quatez quavion quavis quavon quaylon
quayshaun quayshawn quayvon que quency quendarius quennel quent quentavious quentavius quenten
quentez quentin quentine quention quenton quentrell quentyn queshawn quest quetin quevon
quientin quillan quince quindarious quindarius quindarrius quindell quindon quinlin quinnten
quinntin quinnton quinshawn quint quintan quintarious quintarius quintavion quintavious
quintavis quintavius quintel quintell quinten quinterious quinterius quinterrius quintez quintin
quinton quintrell quintus quintyn quinzell quion quirino quitman qunicy quoc quran quron qusai
qusay quy qwanell qwentin raad raaghav raahil raahim raam rabih rabon raburn race racer rachad
rachard rachid rachit raciel rad radames radek raden radford radhames radin radwan raed raef
raeford raejon raekwan raekwon raemon raequan raequon raeqwon raesean raeshaun raeshon rafael
rafal rafan rafat rafay rafe rafeal rafeeq rafel rafer raffael rafferty raffi rafi rafid rafiel
rafik rafiq raford rage raghav ragnar raheem raheen raheim rahem rahiem rahim rahkeem rahkim
rahm rahmaan rahman rahmeek rahmel rahmere rahmir rahmon rahn rahsaan rahsan rahshawn rahul
rahzel raidan raiden raider raidon raif raife raiford raihan raijon raila raimundo rainen rainer
rainier raiquan raishawn raistlin raith raiyan raizo raj rajai rajan rajat rajbir rajeev
rajendra rajesh raji rajiv rajohn rajon rajveer rajvir rakan rakeem rakeen rakeim rakesh rakim
rakin rakshan rakwon ralf raliegh ralik ralph ralphael ralpheal ralphie ralphy ralston ram
ramadan ramaj ramal raman ramar ramarion rambo ramces rameek ramel ramell ramello ramelo ramere
rameses ramesh ramesses ramez ramiel ramier ramil ramin ramir ramirez ramiro ramiz ramon ramond
ramondo ramone ramont ramonte ramos ramses ramy ramzey ramzi ramzy ranald ranaldo ranard ranbir
rance rand randahl randal randale randall randalph randarius randeep randel randell randen
randey randle randloph randol randolf randoll randolph random randon randy randyn ranen ranferi
rangel ranger ranier ranjit rankin ranny ranon ransom ransome ranson ranulfo ranveer ranvir
raoul raphael rapheal raphel raphiel raquan raquon ras rasaan rasan rasaun rasean rashaad
rashaan rashad rashann rashard rashaud rashawd rashed rashee rasheed rasheem rasheim rashid
rashidi rashied rashiem rashod rashun rasmus rason rasool rasul raudel raul raun raunak raunel
raushan ravi ravindra ravis rawad rawland rawleigh rawley rawlin rawlings rawlins rawn rawson
ray rayansh rayanthony raybon rayburn rayce raydan raydel raydell rayder raydin raydon raydyn
rayfield rayford rayfus rayhaan rayhan rayjon raykwon rayland raylon rayman raymand raymar
raymel raymen raymere raymir raymon raymond raymondo raymone raymont raymound raymund raymundo
raynald raynaldo raynard raynav rayner rayniel raynold raynor rayon rayquan rayquon raysean
rayshad rayshard rayshaun rayshawn rayshon rayshun rayson rayvaughn rayvion rayvon raywood raz
raza razi raziel rc read reade reakwon recardo recco rece recep rechard reco red redd reddick
reddington redford redgie redmond reed reeder reedy reef reeves refael refoel reford refujio reg
regal regenald reggie regginald reggy regie reginal reginald reginaldo regino reginold regionald
regnald rehaan rehan rehman reichen reid reiden reik reinaldo reiner reinhard reinhardt reinhold
reino reko rembert remberto remer remiel remigio remijio remo remon remond remus renald renaldo
renan renard renardo renato renaud renauld rendall rendell render rendon renji rennard renner
rennick reno renold renso renton renwick renzo reo reon rephael requan resean reshad reshard
reshaun reston rett reuben reubin reuel reuven revanth revere revin revis rex rexford rexton
rexx rey reyaan reyaansh reyan reyansh reyden reylan reyli reyly reymon reymond reymundo reynald
reynaldo reynard reynel reyniel reynol reynold reynoldo reynolds reza reznor rhandy rhet rhett
rhoan rhoderick rhodes rhodney rhody rhon rhonan rhone rhonin rhyatt rhyden rhydian rhyett
rhyker rhyne riaan riad riaz ric ricahrd ricard ricardo riccardo ricco rice rich richad richar
richard richardd richardo richards richardson richerd richey richie richmond richrd richter
richy rick rickard rickardo ricke rickey ricko rickson ricky rickye rico riddick riddik rider
ridge ridhaan ridhwan ries rifat rigdon rigel riggin riggins riggs rigo rigoberto rigoverto
rihaan rik riker rikhil riku rikuto riky rilen rinaldo ringo rino riordan riott rip ripken
riquelme rishaan rishab rishabh rishad rishan rishard rishav rishawn rishi rishik rishikesh
rishit rishith rishon riston ritchard ritchie ritesh rithik rithvik rithwik rithy ritik rito
ritter ritvik ritwik rivaan rivaldo rivan rixon rixton riyad riyadh riyansh rizwan rj rjay roald
roane roanin roark roarke roary rob robb robbert robby robel rober robert robertanthony roberth
robertjames robertjohn robertlee roberto robertocarlos roberts robertson robertt robet robey
robinson robley robson robt roby roc rocco roch rochester rock rocke rockey rockford rockland
rocklin rockne rockney rocko rockwell rocky roczen rod rodarius rodd rodderick roddie roddrick
roddy rodel rodell roderic roderick roderrick rodert rodger rodgerick rodgers rodin rodman
rodner rodney rodnie rodny rodolfo rodolph rodrecus rodregus rodric rodrick rodrickus rodrico
rodricus rodrigo rodrigue rodrigues rodriguez rodrigus rodriques rodriquez rody roee roel
roemello roey rogan rogelio rogen roger rogerick rogerio rogers rohaan rohail rohan rohen rohil
rohin rohit rohith rohn rohnan rohun rojelio roko rolan roland rolando roldan rolen rolf rolfe
rolin rollan rolland rollen rollie rollin rollo rolly rollyn rolondo rom romain romaldo roman
romance romando romane romano romar romari romario romarion romaro romas romel romello romelo
romen romeo romero romin romio romir rommel rommell rommie romolo romon romond romone romuald
romualdo romulo romulus romyn ron ronak ronal ronald ronaldinho ronaldo ronan ronav rondal
rondale rondall rondarius rondel rondell rondey rondle rondo rondre rondrick rondy ronel ronen
roney roniel ronin ronith ronn ronnal ronnald ronnel ronney ronnie ronny ronold ronon ronrico
ronson rontae rontavious rontavius ronte rontez rontrell rony ronzell rook roosevelt roosvelt
rope roper roque roran rorik rorke rosalio rosbel rosco roscoe rosendo rosevelt roshad roshard
ross rosser roston roswell roth rourke roverto rowdy rowell rowland rowley roxas roy royd royden
royer roylee royston royzell ruairi rual ruan rube rubel ruben rubens rubert rubin ruble rucker
ruddy rudis rudolf rudolfo rudolph rudolpho rudra rudransh rudy rueben rueger ruel ruffin ruffus
rufino rufus ruger ruhaan ruhan rui rulon rumaldo rumeal rupert ruperto rury rusbel rusell rush
rushabh rushawn rushi rushil rushton ruslan russ russel russell rustam rustin ruston rusty
rustyn rutger rutherford ruthvik rutilio rutledge ruven ruvim ruxin ruzgar ry ryaan ryan
ryanchristopher ryanjames ryanmichael ryant ryatt rydan rydell ryden ryder rydge ryeland ryer
ryerson ryett ryheem rykar ryken ryker rykin rykker rylend ryler rylon ryne rynell ryo ryoma
ryon ryosuke ryot ryota ryotaro ryott ryshawn ryson ryszard ryu ryun ryuu ryyan ryze ryzen
saabir saad saadiq saafir saagar saahas saahil saahir saajan saaketh saam saamir saarth saathvik
saatvik saban sabas sabastain sabastian sabastien sabastion sabatino saben sabian sabien sabin
sabino sabir sacario sachin sachit sacramento sadao sadarius sadat saddam sadiel sadik sadiki
sadiq sadler sadrac saed saeed sael safal safeer safir safwan sagar sahaj sahal sahan sahand
saharsh sahas saheed saheim sahel sahib sahid sahil sahir sahith sahmir sahr sahwn saicharan
said saied saif saifan saifullah saim saint saintclair saiquan sair saish saith saivion saivon
saiyan sajad sajan sajed sajid sajjad sakariye saket saketh sakib saksham sal salaam salaar
saladin salahuddin salar salathiel salatiel salbador saleem saleh salesi salif salih salik salil
salim saliou salmaan salman salomon salvador salvadore salvator salvatore sam samaad samad
samael samanyu samarion samarth samatar samba samee sameer sameh samel samer samere sameul
samhith samiel samier samih samiir samik samil samin samir samisoni samit samiul sammer sammual
sammuel sammy samori sampson samrat samrath samridh samson samual samuel samuele samuell samul
samule samvel samwise samy samyak sanad sanat sanav sanchez sancho sanders sandford sandip
sandler sandon sandor sandro sanel sanford sanil sanjay sanjeev sanjit sanjith sanjiv sanjuan
sankalp sanket sante santee santez santhiago santhosh santiago santiel santino santo santonio
santosh sanuel saqib saquan sargent sargon sariel sarim sarkis sarp sartaj sarthak sarvesh
sarvin sasan sashank sasuke satchel sathvik satoru satoshi saturnino satvik saud saul sauli
saulo saunders saurabh saurav sava savage savalas savan savas savaughn saveion saveon saverio
savian savien savier savino savio savion savior saviour savir savon savonte savva savvas savyon
saw saxton sayan sayed sayeed sayer sayf sayid sayon sayquan sayveon sayvion sayvon sayyid
schaefer schafer schaun schawn schneider schneur schon scorpio scot scott scotty seab seaborn
seabron seager seamus sean seananthony seanmichael seann seanpatrick seanpaul seath seaton
seaver sebashtian sebastain sebasthian sebastiaan sebastian sebastiano sebastien sebastin
sebastion sebastyan sebastyn sebatian sebert sebron secundino sedale sedarius seddrick sederick
sedgwick sedric sedrick seferino seger segio segundo seif seiji seith seiya sekou selassie
selden seldon selim selman selmer selso selvin selwyn sem semajay semih semir semisi senaca
senad senan senay sencere sender senon sentell seon sepehr sephiroth sequan serafin serafino
seraj serapio serge sergei sergey sergi sergio serigne serigo serjio servando sesar seth sethan
sethe seung sevag sevak sevastian seve severiano severin severino severn severo severus sevion
sevon sevrin seward sewell seydina seydou seyed seymore seymour seyon shaan shaarav shabazz
shabsi shad shadd shadeed shadman shadrach shadrack shadrick shaen shafer shaffer shafi shafin
shafiq shaft shafter shah shahab shahan shahbaz shaheed shaheem shaheer shaheim shahid shahiem
shahil shahin shahir shahmeer shahmir shahn shahram shahrukh shahzad shahzaib shahzain shahzeb
shaiden shaikh shail shain shaiquan shakeal shakeel shakeem shakeil shakeim shaker shaki shakiel
shakiem shakil shakim shakir shakur shaleek shalev shalik shalim shamaar shamal shaman shamar
shamarcus shamarion shamarr shameek shameer shamier shammond shamond shamus shanard shanden
shane shankar shant shantanu shaphan shaqueal shaquielle shaquil sharad sharbel shareef sharief
sharieff sharif shariff shariq sharmarke sharod sharrieff sharrod sharvil shashank shashi
shashwat shateek shaughn shaul shaun shaunak shaunn shaunt shauntez shaurya shavar shavez shaw
shawnmichael shawntez shayaan shayan shaydon shaymus shayn shayquan shazil sheadon sheamus shean
sheddrick shedric shedrick sheffield shehab shehzad sheik sheikh shelden sheldon sheldrick
shelton shelvin shem shemar shemuel shen shenouda shep shepard shepherd sheppard shequille
sherard sheraz sherif sheriff sherlock sherman shermar shermon sherod sherrard sherrick sherrod
shervin sherwin sherwood shigeo shigeru shihab shiheem shimon shimshon shinzo shiquan shishir
shiv shivaan shivaay shivam shivan shivang shivank shivansh shiven shjon shloima shloime shloimy
shlok shloma shlome shlomie shlomo shmaya shmiel shmuel shneur sho shoaib shogo shohei sholem
sholom shonn shontez shooter shota shourya shraga shravan shray shrey shreyaan shreyan shreyansh
shreyas shreyash shrihaan shrihan shriyan shriyans shriyansh shuaib shuan shuayb shubh shubham
shulem shun shunsuke shyam shyheem shyheim shyhiem shykeem shykeim shymir shyon shyquan shyron
shyrone siam siaosi sid siddarth siddh siddhant siddhanth siddharth siddhartha siddiq sidhant
sidhanth sidharth sidi siegfried sigfredo sigifredo sigmar sigmund sigurd silas siler silus
silvan silvano silverio silvester silvestre silviano silvino silvio sim simba simeon simion
simon simpson sims simuel sinan sincear sincer sinjin sione sipriano sir siraj siranthony
sircharles sire siris sirius sirmichael sirr sirron sirus sirwilliam sisto siva sixto siyon
sjoerd sjon skanda skip skipper skippy skylon slade sladen slader slate slater slaton slayde
slayden slayter slayton slevin sly slyvester smaran smauel smayan smiley smit smith smitty
smokey smyan snayder sneijder snyder socrates soctt sofian sohaib sohail soham sohan sohil
sohrab sohum solan soliman sollie soloman solomon solon somnang son sonny sophal sopheak sorin
sorrell sorren sosaia sostenes sota sotero sotirios sou souleymane soumil sourish sovann sparsh
spartacus spence spencer spero spike spiro spiros spurgeon spyridon spyros squire sreekar
sriansh sricharan srihaan srihaas srihan srihari sriharsha srihith srijan srikar srikrishna
sriman srinath srinivas sriram srithan srithik srivatsa sriyan sriyansh srujan sruly staffon
stafford stalin stamatis stan stancil standley stanely stanford stanislaus stanislav stanislaw
stanley stanly stanton stark starsky statham staton stavros stclair steadman steaven stedman
stedmon steed steel steele steen stefan stefano stefanos stefen steffan steffen steffon stefon
stefone stein stelios stellan sten stepan stepehn stepen stepfon stephan stephano stephanos
stephaun stephen stephens stephenson stephfon stephon stephone sterlin stetsen stetson stevan
steve steven stevens stevenson stevin stevon steward stewart stihl stiles stillman stiven
stockton stokely stokes stone stonewall stoney stony stpehen stran straton stratton strider
striker strummer stryder stryker stu stuart styles stylez stylianos suave subhaan subhan suchir
sudais sudarshan sudeep sudeys suede sufian sufiyan sufyaan sufyan suhaan suhaas suhaib suhan
suhas suhayb suheb suheyb sujal sujan sujay sukhraj sulaiman sulayman suleiman suleman suleyman
suliman sultan sumanth sumedh sumeet sumit sundeep sundiata sunil sunjay supreme surafel suraj
suren suresh suriel suryansh susano sushant sushanth susumu suvan suvir suyash suyog sven swade
swain swanson swayam sy syair syaire syd sye syed syeed syire sylas syler sylis sylus sylvain
sylvan sylvanus sylvester sylvestre sylvio symeon symere symir symon syon syre syris syrus
szymon taahir taariq taavi tab tabari tabb tabias tabius taboris tacuma tad tadan tadao tadarius
tadarrius tadashi tadd tade taden tadeo tadeusz tadhg taeden taejon taekwon taelon taequan
taesean taeshaun taeshawn taeshon taeveon taevin taevion taevon taevyn tafari taft tag tage tagg
taggart taggert taha tahaj taheem taheim taher tahir tahj tahjay tahjee tahji tahjir tahmid
tahmir taichi taiden taidyn taiga taijon taijuan taiki taim taimur taino taiquan taisean taisei
taishaun taishawn taishi taison tait taiten taiton taiven taiveon taivion taivon taiyo tajh
tajir tajon tajuan takahiro takashi takayuki takeem takeo takeru takeshi taksh taku takuma
takumi takuto takuya talal talan talbert talbot taleb talen talha talib taliek taliesin talik
taliq tallan tallen tallin tallon talmadge talmage talon talton talus talvin tamaj tamarcus
tamarick tamario tamarion tamarius tamas tameem tamel tamer tamim tamir tamon tan tanav tandon
tandre taner taniela tanishq tank tanmay tannen tanner tannon tannor tanor tanuj tanush tanvir
tanyon tao taos taquan taraj tarak tarance taras taray tareek tarek tarell tarence tareq tarez
tarick tarig tarik tarion tariq tarique tarius tarl taro taron tarone tarquin tarrance tarrant
tarrel tarrell tarrence tarrick tarris tarron tarun tarus tarvares tarvaris tarvis taryll tasean
taseen tasheem tashon tashun tasman tason taten tatsuya tauheed taurean taurian taurice taurus
tavan tavante tavaras tavare tavares tavari tavarion tavarious tavaris tavarius tavarus tavaughn
taveion taven taveon tavian tavien tavier tavin tavio tavion tavious tavis tavish tavius tavon
tavone tavonte tavoris tavyon tawfiq tawhid tawon taydon tayjon taym tayo tayon tayquan tayron
taysean tayseer taysen tayshaun tayshawn tayshon tayshun taysom tayson tayt tayton tayveon
tayvian tayvien tayvion tayvon tayyab tayyip taz tazz tc teague teagun teak teancum teandre
tecumseh ted tedarius tedd teddrick teddy tedford tedric tedrick teejay tehran tehron teige
teion tej tejan tejas tejay tejon tejuan tel telesforo telford tell tellas teller telley tellis
telvin temesgen temujin temur teng tennis tenoch teo teodor teodoro teodulo teofilo teoman teon
teondre tequan terald terance terek terel terell terelle terence tereso teric terick terik
terion teriq terique terius termaine teron terone terrail terral terrall terrance terreance
terrel terrell terrence terreon terrez terric terrick terrico terrius terrol terron terryon
teruo tesean tesfa teshaun teshon tetsuo tevan tevaughn teven tevin tevion tevita tevon tevonte
tevyn tex teyo teyon teyton thabo thad thadd thaddaeus thaddeaus thaddeous thaddeus thaddius
thaddues thaddus thaden thadeus thadius thaer thailan thaine thaison thales thamas than thane
thang thaniel thanos tharen tharun thatcher thawng thaxton thayden thayne theador theadore
thedford thedore thelbert thelonious thelton theoden theodis theodor theodore theodoric theodoro
theodoros theodus theon theophile theophilus theoplis theopolis theordore theoren theotis theran
therin therman thermon theron therron theseus theus thiago thien thierno thierry thijs thimothy
thinh thoams thom thomas thomasjames thomes thomos thompson thoms thomson thong thor thoren
thorin thorn thorne thornton thorsten thoryn thristan thuan thunder thurl thurlow thurman
thurmon thurmond thurston tiago tiam tiandre tiant tiawan tiberius tibor tiburcio tice tico
tidus tige tiger tigh tighe tigran tijon tijuan tiko tilak tildon tilford tillman tillmon tilman
tilmon tilton tim timarion timathy timberland timithy timm timmey timmothy timmy timo timofey
timohty timon timonthy timoteo timoth timothee timotheus timothey timothy timothyjames timoty
timouthy timtohy timur tin tino tiofilo tion tip tipton tiquan tiran tiras tiree tirell tiron
tirrell tirso tirth tishaun tishon tison titan tito titus tivis tivon tiyon tiziano tizoc tj
tjaden tjay tlaloc toa toan tobby tobechukwu toben tobenna tobiah tobias tobin tochukwu tod todd
toddrick toddy todrick tolan tolbert tolga toliver tollie tom tomar tomarion tomas tomasi tomasz
tomaz tomer tomislav tommas tommaso tommey tommy tommylee tomohiro tomoki tomothy tomoya tomy
tonatiuh toney tong tonio tonny tony tood toomas topher toprak tor toraino toran torben torean
torell toren toretto torez toriano toribio torien torin torion toris toron toronto torran
torrean torrell torren torreon torres torrez torrian torriano torrien torrion torris torsten
tosh toshio toshiro tou toua touger toure toussaint tovi townes townsend tra trace tracen tracer
tracker tracyn trad tradarius tradd traden trae traegan traeger traeshawn traeson traeton
traevion traevon trafton trai traiden traivon trajan trajen trajon tramain tramane tramar
tramayne tramel tramell trammell tramon tramond trampas trampus trance tranquilino trapper
traquan trase trasean trashaun trashon trask trason travante travanti travares travarious
travaris travarius travarus travas travaughn traveion travell travelle traven traveon traver
travers traves travez travian travien travin travion travious travis travius travon travone
travonn travonne travonta travontae travonte travor travoris travus travyn travys traxton tray
traycen trayden traye traylen traylin traylon trayon trayquan traysen trayshawn trayson trayten
trayton trayven trayveon trayvion trayvon trayvond trayvone trayvonne tre treavon treavor trebor
tredarius treg tregan tregg trei treighton trejan trejon trejuan trek trell trelon trelyn
tremain tremane tremar tremarion tremayne tremel tremell tremon tremond tremont trenard trendell
trenden trendon trennen trennon trent trentan trenten trentin trenton trentyn treon trequan
trequon tres tresean treshaun treshawn treshon treshun treson trestan tresten trestin treston
trestyn treton trev trevan trevante trevar trevaris trevarius trevaughn trevaun treveion trevel
trevell trevelle treven treveon trever treveyon trevian trevin trevino trevion trevione
trevionne trevious trevis trevius trevon trevone trevonn trevonne trevonta trevontae trevonte
trevor trevour trevyn trevyon trexton trey treyce treycen treyden treydon treye treygan treylan
treylen treylin treylon treymon treyon treyquan treysean treysen treyshaun treyshawn treyshon
treyson treyten treyton treyvan treyvaughn treyven treyveon treyvian treyvin treyvion treyvon
treyvone treyvonn treyvonne treyvor trez tri trice trig trigg trigger trigo trillion trimaine
trindon trino trinten trintin trinton trip tripp tripton trisden trison tristain tristion
triston tristram tritan triton triumph tron trong trooper troy trueman truett truitt trumaine
truman trung truong trusten trustin truston truxton tryce tryg trygg trygve trynt tryon tryone
trypp tryson trystian tryston tryton tshombe tsubasa tsutomu tuan tuck tucker tudor tuf tuff tug
tukker tulio tung tupac turan turhan turk turki turner turon turrell tushar tuvia twain ty tyair
tyaire tyanthony tyaun tyberious tyberius tyce tycen tycho tydarius tyde tyden tydrick tydus
tyee tyelor tyerell tyeson tyga tyge tyheem tyheim tyhiem tyhir tyion tyjay tyjohn tyjon tyjuan
tyke tykee tykeem tykel tykell tykese tykevious tykwan tykwon tyland tyle tyleek tyleik tylek
tylen tyler tylerjames tyliek tylik tylil tylique tylon tymar tymari tymarion tymeer tymeir
tymel tymere tymier tymir tymire tymon tymothy tynan tynell tyner tyon tyquan tyquarius
tyquavion tyquavious tyquell tyquez tyquise tyquon tyqwan tyr tyrail tyran tyrance tyrann tyray
tyre tyreak tyrease tyrec tyrece tyreck tyreece tyreek tyrees tyreese tyreik tyrek tyreke tyrel
tyrell tyrelle tyren tyreon tyreq tyreque tyres tyrese tyress tyresse tyrez tyri tyrian tyric
tyrice tyrick tyriece tyriek tyrik tyrike tyrin tyrion tyriq tyrique tyris tyrome tyron tyrone
tyronn tyronne tyrrell tyrus tyse tysean tysen tyshan tyshaun tyshawn tysheem tysheen tyshon
tyshun tysin tysir tyson tysun tytan tyten tyton tytus tyus tyvan tyvell tyveon tyvin tyvion
tyvon tywain tywan tywann tywaun tywon tywone tywuan tzion tzvi ubaid ubaldo uber uday ugo
ugochukwu uhuru ulice ulices ulis ulises ulisses ulric ulrich ulrick ulus ulyess ulys ulysee
ulysees ulyses ulysess ulysse ulysses umair umar umberto umer undray upton ural urban urbano
urian urias urie uriel urijah uryah usama usamah usbaldo usher usiel usman ustin utah uthman
utkarsh uvaldo uwe uzair uziah uziel uzziah uzziel va vaclav vaden vadhir vadim vadin vahan vahe
vahin vaibhav vaiden vaishnav valdemar valdez valdis valente valentin valentino valerian
valeriano valerio valgene valiant valin valmore valon valton vamsi vance vandan vandell vanden
vander vandon vang vann vannak vansh varad vardaan varen varian varick varish vartan varun vasco
vash vashaun vasili vasilios vasilis vasiliy vasily vasu vatsal vaughan vaughn vaun vayden
vaylen vearl veasna ved vedaant vedad vedansh vedant vedanth vedder vedh veer veldon velton
venancio vence vencent vencil veniamin venicio venkat venson venton verbon verdon vergil verl
verlan verland verlin vermon vern vernard vernon vernor veron vestal viaan vibhav vic vicent
vicente vicenzo vick vicktor victor victorhugo victoriano victorino victorio victormanuel vidal
vidit vidur vidyut vidyuth viet viggo vignesh vihaan vihaanreddy vihan vihas vijay vikas vikash
vikram vikrant vikranth viktor vilas viliami vimal vin vinal vinay vinayak vince vincen vincent
vincente vincenzo vinchenzo vincient vincint vineet vineeth vinh vinicio vinicius vinny vinod
vinson vint vinton vipul vir viraaj viraat viraj viral virat viren virgal virgel virgil virgilio
virginio virgle virl virlan virlyn visente vishaal vishal vishan vishnu vishruth vitali vitaliy
vitaly vito vitor vittorio vivaan vivek viviano viyaan viyan vlad vladimir vladislav volney
volodymyr voltaire vong vonn vontae vontavious vonte vontez vontrell vonzell voris voshon voyd
vraj vrishank vu vue vuk vuong vuthy vyan vyncent vyom vyron vytautas václav wa wacey waco
waddell wade wadell waden wael wagner wahab waheed wahid wake walberto waldemar walden waldo
waldon waldron wale waleed walfred wali walid walker wallace waller walley wallice wally walt
walter walther walton wane wang wanya waqas ward wardell warden waris warnell warner warnie
warren warrick warrior warsame waseem wash washington wasif wasim wassim wasyl wataru watson
watt watts wayde wayden waylan wayland waylen waylon wayman waymon waymond wayne weaver webb
webber weber webster weiland welborn welby welden weldon welford welles wellington wells welsey
welton wences wenceslao wendal wendall wendel wendell wendle wenzel werner wes wesam wesley
wesly wess wessley wesson west westan westen westin westlee westley westly weston wetzel weyland
weylin weyman whalen wheeler whit whitaker whitfield whitman whitt whittaker whitten whyatt
wiatt wiktor wil wilber wilbern wilbert wilberth wilberto wilbon wilborn wilbur wilburn wilburt
wilde wildon wiley wilferd wilford wilfred wilfredo wilfrid wilfrido wilgus wilhelm wiliam
wilian wilkens wilkes wilkie wilkin wilkins will willaim willam willard wille willem willet
willey willford willi william williams williamson willian williard willies williiam willim
williom willis willliam willman willmer willson willy wilman wilmar wilmer wilmon wilmont wilmot
wilson wilton wilver wim winchester windel windell windle winferd winfield winford winfred
winfrey winn winson winston winthrop winton wirt wisam wise wissam witt witten wlliam wm
wojciech wolf wolfe wolfgang wolfram won wood woodard woodford woodley woodroe woodrow woodruff
woods woodson woodward woody worley worth worthington worthy wrangler wray wright wulfric wyat
wyatt wyatte wyeth wyett wyitt wylan wyland wyler wyley wyman wymon wyndell wyndham wynston
wynton xabi xabier xachary xaden xadrian xaeden xaiden xaidyn xain xaine xaiver xaivier xander
xandyr xane xaven xaveon xaver xavi xavian xaviar xaviel xavien xavier xavion xavior xavious
xavius xavy xavyer xayden xayne xayvier xayvion xazier xeng xerxes xhaiden xiang xiomar xiong
xsavier xsavior xxavier xyaire xylan xyler xylon xzaiver xzander xzaveon xzavian xzaviar xzavien
xzavier xzavion xzavior xzavious xzavyer xzayden xzayvier xzayvion xzorion yaacov yaakov yaasir
yabdiel yacob yacoub yacqub yadel yaden yader yadiel yadier yadir yadriel yafet yago yahel yahia
yahir yahmir yahshua yahsir yahya yahye yaiden yair yakir yakov yakub yale yama yaman yamato
yamen yamil yamin yamir yancarlo yancarlos yancey yandel yandell yandiel yandriel yaniel yaniv
yanixan yanky yann yannick yansel yanuel yanzel yanziel yao yaphet yaqoob yaqub yariel yaron
yaroslav yaseen yaser yash yashar yashas yashua yasiel yasiin yasin yasir yasmani yasseen yassen
yasser yassin yassine yassir yates yaviel yavier yavin yavuz yaw yaxiel yaya yazan yazeed yazen
yazid yaziel yazir yecheskel yechezkel yechiel yedidya yediel yeeleng yefri yegor yehia
yehonatan yehoshua yehuda yehudah yehya yeiden yeiren yeison yekusiel yeltsin yengkong
yerachmiel yeray yeremi yeremiah yeremy yerick yeriel yerik yeshaya yeshua yetzael yeudiel
yevgeny yezen ygnacio yhair yia yian yianni yiannis yida yidel yigit yiming yiovanni yishai
yisrael yisroel yissachar yitzchak yitzchok yitzhak yoan yoandri yoandry yoandy yoav yobani
yobany yochanan yochanon yoel yogesh yogi yohaan yohan yohance yohanes yohann yohannes yohei
yojan yomar yon yonael yonah yonas yonason yonatan yonathan yoni yonic yoniel yonis yony yordan
yordi yordin yordy yorel yorick york yoscar yosef yoseph yosgar yosgart yoshihide yoshio yoshua
yosiah yosiel yosif yoskar yosmar yossef yossi yostin yotam youcef younes youness younis younus
yousaf yousef yousif yousof youssef youssif youssouf yousuf yovan yovani yovanni yovanny yovany
yoweri ysidro ysmael yuepheng yug yugo yuji yukio yul yulian yuniel yunior yunis yunus yurem
yuren yuriel yuriy yusef yusei yusha yusif yussef yussuf yusuf yusuke yuta yutaro yuto yuvaan
yuvan yuvin yuvraj yuya yvan yvens yves zaahir zaakir zabdiel zabian zabriel zac zacariah
zacarias zacary zaccai zaccary zacchaeus zacchary zaccheaus zaccheus zach zacharee zacharey
zachari zacharia zachariah zacharian zacharias zacharie zacharius zachary zacharyah zacheria
zacheriah zacherie zachery zacheus zachory zachrey zachry zack zackarey zackari zackaria
zackariah zackarie zackariya zackary zackeri zackeriah zackerie zackery zackie zackory zackrey
zackry zacorey zacory zadarius zade zaden zadiel zadin zadkiel zadok zadrian zadyn zae zaeden
zaedin zaedyn zaeem zael zaelen zaequan zaevion zafar zafir zahar zaheem zaheer zahi zahid zahir
zahkai zahki zahmir zaid zaidan zaiden zaidin zaidon zaidyn zailen zaim zain zaine zaion zair
zaivion zaiyden zak zakai zakar zakaree zakarias zakarie zakariya zakariye zakariyya zakary
zakarya zakee zakery zakhai zakhari zakhary zakhi zaki zakir zakk zakkai zakkary zakkery zakry
zakye zalan zale zalen zalman zalmen zaman zamar zamarian zamarion zameer zamere zamier zamir
zamire zanden zander zandon zandre zandyn zandyr zane zaniel zaquan zared zarek zaren zarif
zarion zarius zaron zaryan zashawn zathan zaul zaveion zaven zaveon zavian zaviar zavien zavier
zavin zavion zavior zaviyar zavon zaxton zay zayaan zayan zayd zaydan zayden zaydenn zaydin
zaydn zaydon zaydrian zaydyn zayed zayin zayion zaylan zaylen zaylon zaylor zayn zayne zayon
zayquan zayshawn zayven zayveon zayvian zayvien zayvier zayvion zayvon zayyan zbigniew zeandre
zeb zebadiah zebastian zebedee zebediah zebulan zebulen zebulin zebulon zebulun zecharia
zechariah zed zeddicus zedekiah zedric zedrick zeek zeeshan zeev zef zeferino zeid zein zekai
zeke zekhi zeki zekiel zelig zenaido zenas zeno zenon zeon zeph zephan zephen zeplin zepplin
zerek zeric zerick zerik zerin zerrick zeshan zeshawn zeth zethan zeus zev zeven zevi zevin
zevon zeyad zhaire zhamir zhayden zhion zhyaire ziad ziair zidaan zidan zidane zien zier ziere
zierre zigmund zihao zildjian zimere zimir zinedine ziquan zishan ziv ziven ziyad zlatan zohaib
zohair zohan zoltan zolton zoran zorawar zoren zorian zorion zubair zubayr zubin zuhaib zuhair
zuhayr zuko zurich zvi zyad zydarius zyden zyeir zyel zyen zyere zygmunt zyheir zyhir zyier
zyiere zyir zyire zykee zykeem zykel zyking zylan zylar zylen zyler zylin zylon zymari zymarion
zymeer zymeir zymere zymier zymiere zymir zymire zyquan zyquez zyrell zyren zyrion zyron zyrus
zyshaun zyshawn zyshonne zytavious
"""

AMBIGUOUS = """
aaren aarya aaryn abriel adair addison adel adell adi adiel adison adler adley adrain adrean
adrian adriann adriel adrien adryan adyn afton ahmari aidyn aime ajani akia akira akiva alaa
alden alexei alexi alexie alexis alexius alexsis alexys ali alijah alika alix alize allyn alpha
alva alvie alvis aly alyx amal aman amando amani amar amare amaree amari amarie amauri amen amit
amoni amor an ananda anay andi andie andra andrea andree anel angel angle anh anjel antonia ara
aramis ardell arden ardis aren ari arian arie ariel aries arin arion aris arizona arlen arley
arlie arlin arlis arliss arlyn armani armoni arnell artemis artie artis arya aryan aryn asa
asante ashante ashanti ashby ashley ashlin ashten ashtin ashton ashtyn asiah aspen aston atlee
aubrey aubry auburn auden audie audry august augusta augustine aundra austen austyn autry avary
aven avery avi avian avion avis avon ayan aydan azariah aziah azriel azure baby bailey baily
baker bao bari barrie baylen bayley baylor beaux bellamy bennie bentlee bentley berkeley berkley
berlin bernell bernie berry bertie beryl bethel bevin bexley billie blair blaise blaize blake
blakely blayke blayne blaze blessing bliss bo bobbie boston bowie bradlee braedyn braelyn
brailyn brandyn brantlee braxtyn braylen braylin braylynn breck brecken breckin brennan brentley
breon briar brighton briley bristol britain britt brittan britton brixton brogan brook bryar
bryer brylan bryn bryton bunny burnell burnett burnice cache cadence cadyn caelan cai caidence
cairo calen caley calin callahan callan callen cam camari camden camdyn cameo cameran cameren
cameron cameryn camille campbell camren camrin camry camryn canaan canyon caprice carey carlie
carlin carlis carlisle carlyle carman carmel carmen carmon carnell carol caroll caron carrington
carrol carroll carry carsen carson carsyn cartier cary casey cass cassady cassey cassidy catlin
cayce caydence cayman cedar chaise chaka chan chancey chandler chaney channing channon
charleston charley charlie charly charon chauncey chayce chayse che cher cherokee chesley
chesney chevelle chevy cheyne chi chris christain christan christen christien christin christon
cj clair clancy clarke claude claudie clemmie cleo clovis codi codie colbie colby coley collen
collier collins concepcion conley corby corbyn cori corie corin corliss corrie corrin corry
cortney coty courtenay courtland courtney cree crimson cris crosby cruz curley curry cyan daelyn
dailyn dakari dakoda dakota dakotah dale dallas dallis dalyn damani damari damoni dana dandrea
danell dani daniele daniell dann dannie danniel dany danyel danyell darby darcel darcy darian
dariel darien darion daris darnell darrian darrien daryl daryle daryn dasani dashawn davi davie
davy dayle daylen daylin dayne de deandra deandrea deane dee dekota del delaine delane dell
delma demari demaris demetric demetrice demetris dempsey denali denim deniz dennie denver deon
deondra dereon derian derry deryl deshawn deshon desi destin destine destry devan deven devin
devine devlin devon devonne devyn devynn dia diamond dickie dietrich dion dione dior divine
dominique dominque domonique dondi donell donelle donnell donnie donnis donya dorian dorien
dorris dorsey dory dream drew dru drue dusty dwan dyllan earlie early earnie edan eden edin
egypt elan eli elia eliah elie eliot elisha eliyah ellery elliot elliott ellis ellison elon
elvie ely elza elzie eman emani emanuele emari emerson emery emile emmanuelle emmerson emoni
emory emry ennis erie eris eron errin estel estell etienne evelyn ever everest evin evon evyn
ezell ezrah farrell farris fay felice ferris finley finnley floy flynn foy fran francis franki
frankie freddie freedom gabrial gabriele gabriell gale garnet garnett gay gayle gaylen gaylon
gennie gentry georgie germaine gerry gianni gionni glennis glyn glynn golden gracen gray graysen
greer grey greysen guadalupe gussie gwyn gwynn hadley hagan hagen haiden haidyn haile halen halo
han hanan harlee harlem harley harlie harlow harper hartley haven hayden haydn haydon hayven
hendrix henley henri hilary holland hollis hong honor huxley iman imari indiana indie indigo
ines infant ira iran irie irish isa issa ivey ivon ivory izel jacey jackie jacky jacobi jacque
jacy jadan jade jaden jadin jadyn jae jaeden jaedyn jael jaelen jaelin jaelyn jahari jai jaidan
jaiden jaidyn jailen jailyn jaime jaimie jakai jakari jalene jalin jalyn jalynn jama jamari jame
jamee jamelle jamey jamiah jamie jamieson jamison jammie jamy jan jann jansen jariah jasiah
jasiel jayce jaycee jaydan jayden jaydin jaydn jaydyn jaye jaylan jaylen jaylin jaylyn jaylynn
jayme jaymie jaziah jazz jean jeffrie jelani jene jennings jensen jentry jere jeriah jericho
jerre jerrie jersey jeryl jesiah jessee jessey jessi jessiah jessie jessy jettie jewel jewell ji
jia jimi jimmie jin jireh joan joby jodie jody joell joey johann johnell johnie johnnie joie
jona jonell jonnie jonte jordan jordann jorden jordi jordin jordon jordyn jori jory josey
jourdan journey jovan jovi jovon jude juel jule jules jullian jun justice justine justis justus
justyce kacee kacey kacy kadence kadyn kaedyn kaelan kaelin kai kaidence kaidyn kailen kailin
kairi kalan kalani kalei kalen kalin kallen kamani kamari kamden kamdyn kameron kameryn kamil
kamren kamrin kamryn kanon kansas kanyon karan kareen karel karey karol karon karrington karry
karsen karson karsten karsyn karter kary kasey kashawn kaya kayce kayden kaydin kaydon kaylan
kayle kaylen kaylon kaysen kc keagan keaton keegan keelan keelin keena kegan keilyn keir keiran
kelby kelcey kelcy kellan kellen keller kelley kelly kellyn kem kemari kemper kendal kendall
kendel kendell kenley kennedy kennie kenya kenyata kenyatta keoni kerin kerry keshawn kevyn khai
khali khamari khari khristian kiah kieran kiernan kiley killian kim kimani kimball kimi kimmie
kimmy kingsley kiran kirby kit koa kobi kobie koda kodi kodie kolbie kolby kooper korbyn koren
korey kori korie korin kortney kory kourtney kris krishna kristan kristian kriston krystian ky
kye kylan kylar kylen kyler kylin kym kymani kyran kyree kyrie kyrin la lacy ladell ladon lael
laiken laine lajuan lake laken lakin lakota lan landis landry landyn lane lanell langston lannie
laquan laramie lark larkin larrie larue lashaun lashawn lashon latrell laurice laurin lavaughn
lavell lavelle lavern laverne lavon lawren layne layton le lee legacy legend leigh leighton
lennie lennis lennon lennox lenny lenox leone leshawn lesley leslie lessie levern levon
lexington leyton lian lin lindell linden lindley lindy linh linn linnie linzy little llewellyn
logan logen london lonnie loran loren lorenza lorin loris lorry lory lou love lovell lovie loy
loyal loyce luca lucca lucky lue lugene luka lupe lux lyn lyndell lynden lynell lynn lyric lyrik
mackenzie mackenzy mackie macon madden maddix maddux maison majesty makiah makya malak mallie
marcel marcell marcelle mardell marice marin marion maris markie marlen marley marlin marlo
marlow marlowe marlyn marque marquel marquette marshell martie martine marty marvel marvell
marvis masyn matilde mattison maury maxie mayson mccall mckay mckinley mecca mel memphis mena
mendy meredith merl merle merlin merlyn merrick merrill merritt meryl messiah meyer mica micah
micaiah micha michal michale michel michele michell mickey mickie micky mika mikael mikah mikal
mikel mikell miko milan miller min mina minh mischa misha monnie monroe monta montana montez
montgomery montie morgan morgen morrison mozell murl murphy my mycah mychael mychal myka mykah
mykal mykel mylan myrl najee nakia nana naseem natale nate natividad naveen navy nazareth neely
neftali nery nevada nickey nickie nicky nico nicola nieves nijah nikia nikita nikko niko nikola
nile nima noa noam noel noor notnamed nour nova nyree oaklee oakley ocean ocie odell odie ollie
omega onyx ora ori osiris ossie otha ozell ozzie paden page paiton palmer paris parish parker
parris parrish pat patton paxton payden payson payten payton pearly pearson pepper pernell perri
perrin peyton phoenix phuong pilar presley promise quin quincey quincy quinlan quinn radley
raffaele ragan rain raine rainey raja raleigh rama rami ramsey randee randie rani rashaun
rashawn rasheen rashon raven ravin ravon rayan rayden raye raylan raylen raylin rayne raynell
rayven rayyan rea reagan rebel reda reece reegan reese refugio regan regis reign reilly remi
remington remy ren rene rennie reyes rhyan rhylee rhys rian ricci ricki rickie ridley riki rikki
rilee riley rilyn rio rion ripley river rivers roan robbi robbie robbin robie robin roma romaine
rome romell romie romy ronell roni ronnell rory rosario roshan roshawn rossie rowan rowen rowyn
royal royalty royce rudi ryann ryen rylan ryland rylee rylen ryley rylie rylin saba sacha sage
sai saige sailor salem salome samar samari sami sammie san sander sandy santana santos sascha
sasha sawyer saxon saylor schuyler schyler scottie scout semaj sena seneca sequoia seven shade
shae shai shaine shalom shalon shamari shamel shamir shan shannan shannen shannon shanon shanti
shaquan shaquille shavon shawn shawne shawnta shawnte shay shaya shayden shaye shayne shea
shelby sheridan sherill sherley sheron sherrell sherril sherrill sherron shia shilo shiloh shirl
shomari shon shonte sidney silver simcha simone sina sinai sincere sinclair sky skye skylar
skyler skylor skyy sloan socorro sol sonnie sora soren spenser stacey stacy stephane sterling
stevie storm stormy story sullivan sumner sunny surya sutton syncere taegan taelor taelyn tai
tailor taj takoda tal tali talyn tam tamar tandy tanis taran taren tarin tashawn tate tatum
tayden taylen tayler taylin taylon taylor taytum teagan teagen teal teddie teegan tegan teigan
telly temple tennyson tenzin terran terrill terrion terry terryl teryl teryn thai thanh thao
thayer theo tien tiernan timber timmie tiny tobey tobi tobie toby tommie toni tonie tonnie torey
torian torie torrance torre torrence torrey torri torrie torry tory toy tracey tracy tramaine
tremaine trinidad tristan tristen tristian tristin tristyn tru true trystan trysten trystin tye
tylan tylar tylee tylor tyree unique unknown uriah val valen valentine van venice ventura
verdell verle verlon verlyn vernal verne vernell vernice vernie vester victory vinnie vivian von
vonnie waverly westyn whitley wilder willia willie winslow winter wisdom woodie wren wylie wynn
wynne yael yan yancy yi young ysabel yuki yuri zaire zakari zakaria zamari zen zephaniah zephyr
zhane zia zion zuri zuriel zyaire zyan zyion zyon
"""
