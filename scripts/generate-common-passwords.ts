// Generates src/core/auth/common-passwords.json: the common-password list Mamori refuses, built from well-known
// patterns (the words people build passwords on, keyboard walks, digit runs, years, decorated favourites) instead
// of a downloaded breach corpus. Run: node --import tsx scripts/generate-common-passwords.ts
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const words = (text: string): string[] => text.trim().split(/\s+/);

// The perennial favourites of published top-password lists.
const CLASSICS = words(`
password passwort passe motdepasse contrasena senha parola wachtwoord salasana haslo heslo lozinka
qwerty qwertz azerty letmein welcome admin administrator root login logon master default changeme guest
user test tester testing temp temporary secret private access system manager super superuser sysadmin
iloveyou loveyou lovely loveme lover trustno trustnoone whatever nothing something anything everything
monkey dragon shadow sunshine princess football baseball basketball soccer hockey tennis golfer golf
superman batman spiderman ironman starwars startrek pokemon pikachu mario zelda minecraft fortnite
computer internet laptop desktop windows linux ubuntu apple google facebook twitter instagram youtube
hello helloworld freedom flower flowers cheese chocolate cookie cookies banana orange cherry pepper
ginger butter sugar honey candy summer winter spring autumn fall snow rain sunny rainbow thunder
killer hunter ranger buster tigger charlie rocket silver golden diamond crystal angel angels devil
jesus christ heaven blessed faith family friend friends friendship forever always together happy
smile lucky magic wizard ninja samurai warrior knight legend hero pirate cowboy soldier captain
matrix phoenix falcon eagle hawk raven wolf tiger lion bear panther jaguar cobra viper python
mustang ferrari porsche corvette harley yamaha honda toyota nissan mazda subaru suzuki bmw mercedes
dolphin penguin turtle bunny kitty kitten puppy doggy doggie snoopy garfield scooby mickey minnie
master1 abc abcd abcdef abcdefg abcdefgh qwe asd zxc asdf zxcv qazwsx access14 passw0rd p4ssword
beautiful sweet sweetie sweetheart darling baby babygirl babyboy princesa bonjour ciao hola
letmeinnow opensesame passpass mypassword yourpassword newpassword oldpassword password1
qwertyuiop asdfghjkl zxcvbnm poiuytrewq lkjhgfdsa mnbvcxz qweasd qweasdzxc asdfgh zxcvbn
blink shit fuck fucker fuckyou bitch asshole pussy dick cock sex sexy hottie hotstuff playboy
slipknot metallica nirvana eminem beatles elvis madonna rihanna beyonce justin bieber
corona covid vaccine lockdown bitcoin crypto ethereum dogecoin blockchain tesla elonmusk
`);

const NAMES_EN = words(`
michael jennifer jordan thomas robert daniel george andrew joshua matthew jessica ashley amanda
michelle nicole melissa elizabeth stephanie heather samantha sarah hannah emily emma olivia sophia
isabella ava mia charlotte amelia harper evelyn abigail madison chloe grace lily natalie zoe
james john william david richard joseph christopher charles anthony mark donald steven paul kevin
brian edward ronald timothy jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry
justin scott brandon benjamin samuel gregory alexander patrick frank raymond jack dennis jerry
tyler aaron jose adam nathan henry douglas zachary peter kyle walter ethan jeremy harold keith
christian roger noah gerald carl terry sean austin arthur lawrence jesse dylan bryan joe jordan
billy bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell
elijah louis bobby philip johnny mary patricia linda barbara susan margaret dorothy lisa nancy
karen betty helen sandra donna carol ruth sharon laura cynthia kathleen amy shirley angela anna
brenda pamela emma nicole katherine christine debra rachel catherine carolyn janet maria diane
julie joyce victoria kelly christina lauren joan evelyn judith megan cheryl andrea martha
jacqueline frances gloria ann teresa kathryn sara janice jean alice madison doris julia judy
maggie molly bailey buddy max maxwell charlie rocky bella lucy daisy sadie coco oscar toby
`);

const NAMES_JA = words(`
taro jiro saburo hanako ichiro kenji takashi hiroshi satoshi makoto yuki yuko yoko keiko akiko
naoko tomoko kazuko michiko sachiko noriko junko mayumi megumi ayumi kumiko yumiko emiko
haruto sota yuto riku hinata minato yamato ren sora kaito hayato daiki takumi shota kenta yuta
shun ryota kazuki naoki tomoya yusuke daisuke kosuke keisuke ryosuke shunsuke shinji koji yuji
akira hideki masato masaki takuya tatsuya kazuya naoya tetsuya hiroki hiroto haruki kotaro
yui aoi hina mei rin sakura himari yuna koharu mio akari hana saki misaki nanami ayaka haruka
asuka miyu yuka airi riko rina nana mai ai aya eri emi kana mana nao saya yua yuri ami
sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada sasaki
yamaguchi matsumoto inoue kimura hayashi shimizu yamazaki mori abe ikeda hashimoto yamashita
ishikawa nakajima maeda fujita ogawa goto okada hasegawa murakami kondo ishii saito sakamoto
endo aoki fujii nishimura fukuda ota miura fujiwara okamoto matsuda nakagawa nakano harada
ono tamura takeuchi kaneko wada nakayama ishida ueda morita hara shibata sakai kudo yokoyama
miyazaki miyamoto uchida takagi ando taniguchi ohno maruyama imai takada fujimoto takeda
murata ueno sugiyama masuda sugawara hirano kojima otsuka chiba kubo matsui iwasaki sakurai
`);

const JAPAN = words(`
tokyo osaka kyoto nagoya yokohama kobe sapporo fukuoka sendai hiroshima nagasaki okinawa
hokkaido honshu kyushu shikoku nara kamakura shibuya shinjuku ginza akihabara harajuku roppongi
ikebukuro ueno asakusa odaiba shinagawa fujisan fuji nippon nihon japan japanese yamato
sakura momiji hanami matsuri samurai ninja shogun daimyo geisha kimono yukata onsen ryokan
sushi sashimi ramen udon soba tempura tonkatsu yakitori takoyaki okonomiyaki onigiri bento
miso natto tofu wasabi matcha sake umeboshi mochi dango taiyaki dorayaki pocky
arigato arigatou konnichiwa konbanwa ohayo sayonara sumimasen gomen daisuki aishiteru kawaii
sugoi ganbare ganbatte yoroshiku otsukare banzai kanpai kampai genki himitsu anshin
doraemon totoro ghibli naruto sasuke onepiece luffy zoro goku vegeta dragonball gundam
evangelion sailormoon hellokitty kitty rilakkuma anpanman conan detective pokemon pikachu
mario nintendo playstation sony sega capcom konami bandai godzilla gojira ultraman kamenrider
tsubasa slamdunk haikyu kimetsu tanjiro nezuko jujutsu attack titan deathnote bleach
giants tigers carp dragons swallows baystars hawks lions marines buffaloes fighters eagles
yomiuri hanshin hiroshima chunichi yakult rakuten softbank seibu lotte orix nipponham
urawa reds kashima antlers gamba frontale marinos jubilo grampus samurai blue
kojinjoho jinji haken kyuyo shain kaisha shigoto kanri anzen himitsu pasuwado password
ichigatsu nigatsu sangatsu shigatsu gogatsu rokugatsu shichigatsu hachigatsu kugatsu
jugatsu getsuyoubi kayoubi suiyoubi mokuyoubi kinyoubi doyoubi nichiyoubi
`);

const THINGS = words(`
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday weekend holiday vacation birthday
red blue green yellow purple black white orange pink brown grey gray violet indigo scarlet
silver gold platinum bronze copper iron steel metal stone rock diamond ruby emerald sapphire
pearl amber jade onyx topaz opal crystal quartz marble granite
dog cat horse cow pig sheep goat chicken duck goose mouse rabbit hamster fish shark whale
monkey gorilla elephant giraffe zebra hippo rhino kangaroo koala panda fox deer moose
spider snake lizard frog butterfly dragonfly bee wasp ant beetle owl parrot swan crow
london paris berlin madrid rome moscow newyork losangeles chicago boston seattle texas
california florida hawaii alaska canada mexico brazil america england france germany italy
spain russia china korea seoul beijing shanghai hongkong taiwan singapore bangkok manila
sydney melbourne australia newzealand india london liverpool chelsea arsenal barcelona
realmadrid juventus manchester united city bayern dortmund yankees lakers bulls celtics
cowboys patriots steelers packers raiders giants eagles dolphins broncos chargers
pizza pasta burger hotdog sandwich coffee espresso latte tea water beer wine vodka whiskey
money cash dollar euro yen rich million billion power energy fire water earth wind air
music guitar piano drums violin dance dancer singer rockstar star stars moon sun sky ocean
sea river lake mountain forest island beach paradise dream dreams dreamer hope love life
peace war death dead zombie vampire ghost monster alien robot cyborg android space galaxy
universe planet mars venus jupiter saturn pluto mercury neptune uranus comet meteor
office company business work worker employee employer staff team leader boss director
manager admin finance payroll salary account accounting sales marketing support service
security privacy policy compliance audit auditor ledger mamori protect protection shield
smarthr kaonavi pasona copro hrgroup staffing recruit recruiting career careers jobs
`);

const DIGIT_RUNS = (): string[] => {
  const out: string[] = [];
  const up = '0123456789012345678901234567890';
  const down = '9876543210987654321098765432109';
  for (let len = 4; len <= 20; len++) {
    for (let start = 0; start < 10; start++) {
      out.push(up.slice(start, start + len), down.slice(start, start + len));
    }
  }
  for (let d = 0; d <= 9; d++) for (let len = 4; len <= 20; len++) out.push(String(d).repeat(len));
  for (const chunk of ['12', '123', '1234', '12345', '123456', '69', '007', '111', '112233', '1212', '2580']) {
    for (let times = 2; times <= 6; times++) out.push(chunk.repeat(times));
  }
  for (let year = 1940; year <= 2039; year++) out.push(String(year));
  return out;
};

const KEYBOARD = (): string[] => {
  const rows = ['1234567890-=', '!@#$%^&*()_+', 'qwertyuiop[]', 'asdfghjkl;', 'zxcvbnm,./'];
  const out: string[] = [];
  for (const row of rows) {
    const backwards = [...row].reverse().join('');
    for (let len = 4; len <= row.length; len++) out.push(row.slice(0, len), backwards.slice(0, len));
  }
  const columns = ['1qaz', '2wsx', '3edc', '4rfv', '5tgb', '6yhn', '7ujm', '8ik,', '9ol.', '0p;/'];
  for (let n = 2; n <= columns.length; n++) out.push(columns.slice(0, n).join(''));
  const shifted = ['!qaz', '@wsx', '#edc', '$rfv', '%tgb', '^yhn'];
  for (let n = 2; n <= shifted.length; n++) out.push(shifted.slice(0, n).join(''));
  out.push(...words('1q2w3e4r 1q2w3e4r5t 1q2w3e4r5t6y zaq12wsx zaq1xsw2 q1w2e3r4 q1w2e3r4t5 qazwsxedc qweasdzxc'));
  out.push(...words('1qazxsw2 1qaz@wsx !qaz2wsx qwer1234 asdf1234 zxcv1234 1234qwer 1234asdf abcd1234 aa123456'));
  return out;
};

// Ways people dress a favourite word up to pass a composition rule.
const SUFFIXES = ['1', '12', '123', '1234', '12345', '123456', '!', '1!', '123!', '01', '69', '2024', '2025', '@1'];

export function generateCommonPasswords(): string[] {
  const base = [...CLASSICS, ...NAMES_EN, ...NAMES_JA, ...JAPAN, ...THINGS].map((w) => w.toLowerCase());
  const decorated = CLASSICS.slice(0, 150).flatMap((w) => SUFFIXES.map((s) => `${w}${s}`));
  const all = new Set([...base, ...DIGIT_RUNS(), ...KEYBOARD(), ...decorated]);
  return [...all].filter((w) => w.length >= 3).sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const list = generateCommonPasswords();
  const target = new URL('../src/core/auth/common-passwords.json', import.meta.url);
  writeFileSync(target, `${JSON.stringify(list, null, 2)}\n`);
  console.log(`wrote ${list.length} entries to ${fileURLToPath(target)}`);
}
