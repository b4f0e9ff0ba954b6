/**
 * Raw material for the synthetic cables: the people, places, clerks and prose the generator
 * recombines. Names and their cover names follow the shared gazetteer; the prose is our own,
 * written to read like the message texts of 1945–1953 cipher traffic without copying any of it.
 */

/** Moscow leadership, as distribution lists and addressees name them. */
export const LEADERS = [
  'Stalin', 'Molotov', 'Malenkov', 'Beria', 'Mikoyan', 'Kaganovich', 'Bulganin', 'Khrushchev',
  'Voroshilov', 'Vyshinsky', 'Poskrebyshev', 'Vasilevsky', 'Shtemenko', 'Gromyko',
] as const;

/** Soviet representatives in Beijing and their years there (for choosing a plausible signer). */
export const BEIJING_SOVIETS = [
  { name: 'Roshchin', from: 1949, to: 1952 },
  { name: 'Kovalev', from: 1949, to: 1950 },
  { name: 'Krasovsky', from: 1950, to: 1952 },
  { name: 'Zakharov', from: 1950, to: 1951 },
  { name: 'Kotov', from: 1950, to: 1952 },
  { name: 'Panyushkin', from: 1952, to: 1953 },
  { name: 'Terebin', from: 1947, to: 1949 },
] as const;

export const PYONGYANG_SOVIETS = [
  { name: 'Shtykov', from: 1948, to: 1950 },
  { name: 'Razuvaev', from: 1950, to: 1952 },
  { name: 'Matveyev', from: 1950, to: 1951 },
] as const;

export const CHINESE = [
  'Mao Zedong', 'Zhou Enlai', 'Liu Shaoqi', 'Zhu De', 'Gao Gang', 'Peng Dehuai', 'Nie Rongzhen',
  'Li Kenong', 'Qiao Guanhua', 'Lin Biao', 'Chen Yun', 'Deng Hua', 'Xie Fang', 'Chai Chengwen',
] as const;

export const KOREANS = [
  'Kim Il Sung', 'Pak Heon-yeong [Pak Hon Yong]', 'Nam Il', 'Kim Tu-bong', 'Choe Yong-gon', 'Pak Il-u',
  'Kim Chaek',
] as const;

export const ADVERSARIES = [
  'Truman', 'MacArthur', 'Ridgway', 'Van Fleet', 'Clark', 'Admiral Joy', 'Harrison', 'Syngman Rhee',
  'Chiang Kai-shek', 'Acheson',
] as const;

export const PLACES = [
  'Kaesong', 'Panmunjom', '[Hamonten]', 'Munsan', 'Andong [Dandong]', 'Antung', 'Shenyang', 'Mukden',
  'Wonsan', 'Hamhung', 'Seoul', 'Chinnampo', 'Sinuiju', 'Port Arthur', 'Dalny', 'Pyongyang', 'Peking',
  'Beijing', 'Manchuria', 'Haeju', 'Seisin', 'Kalgan', 'Nanking', 'URUMCHI', 'Yan’an',
] as const;

/** Cipher-office staff who sign processing footers; `Kornushina`/`Kornyushina` both occur. */
export const DECIPHERERS = ['Fedyaev', 'Karpov', 'Orlov', 'Morozov', 'Kravchuk', 'Yelezov'] as const;
export const TYPISTS = ['Kornushina', 'Kornyushina', 'Bantsekina', 'Leshevich', 'Rubleva', 'Mokrov'] as const;
export const VERIFIERS = ['Sadov[in]', 'Kar[pov]', 'Makarov', 'Sadovin'] as const;

export const COUNT_WORDS = [
  '', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Eleven', 'Twelve',
] as const;

/**
 * Message prose. Slots: {PLACE} {PLACE2} {N} {N2} {NUM} {PERSON} {ADVERSARY} {DATE} {TIME} {REF}, and
 * for fixed date notations {DM} (`7 October`), {MD} (`October 7`), {DMY}, {DOT} (`4.9.50`), {MONTH},
 * {DAYRANGE} (`2-4 December`) and {LOCALMOSCOW} (`at 01:20 on [9 March] local time (20:20 [8 March] Moscow)`).
 * Several sentences deliberately hold numbers that are not dates (`150-250 pilots`, `MIG-15`,
 * `38th Parallel`, `for 8-12 days`) so date recognition is exercised on its false friends too.
 */
export const SENTENCES = [
  'The enemy has concentrated up to {N} divisions in the area of {PLACE} and is preparing an offensive along the coast.',
  'We consider it expedient to move {N} aviation regiments to {PLACE} not later than {DATE}.',
  'Please inform us of your opinion on this question as soon as possible.',
  'The delegation will leave for {PLACE} on {DATE} by special train.',
  'According to our information, {ADVERSARY} intends to drag out the negotiations until the end of the month.',
  'We have no objection to the proposal of the Korean comrades concerning the exchange of prisoners.',
  'The supply of ammunition and fuel to the units at the front remains the main difficulty.',
  'Losses in the last {N} days amounted to {NUM} men killed and wounded.',
  '{PERSON} asked me to convey his gratitude for the assistance rendered.',
  'In the conversation {PERSON} stressed that the question must be decided before the session opens.',
  'The bridges across the Yalu River were damaged by enemy aircraft on the night of {DATE}.',
  'It is necessary to deliver {NUM} tons of gasoline and {N} trucks to {PLACE} by the end of the month.',
  'We ask you to send {N2} specialists in radio communication for a period of {N} months.',
  'The question of the neutral zone around {PLACE} has not yet been settled.',
  'Our side should not reveal its position at the first meetings of the liaison officers.',
  'The Chinese comrades agree with our draft and propose only minor editorial changes.',
  'I consider this proposal correct and ask for your consent.',
  'Enemy aircraft bombed {PLACE} three times during the day; there were casualties among the civilian population.',
  'The talks were held in a friendly atmosphere and lasted about two hours.',
  'The units of the Korean People’s Army are withdrawing north of the 38th Parallel in good order.',
  'Transport by rail from {PLACE} to {PLACE2} takes {N} days because the tracks have been destroyed.',
  'We request that the shipment of {NUM} rifles and {N} MIG-15 aircraft be accelerated.',
  'The matter was discussed at a meeting of the Politburo of the CCP CC on {DATE}.',
  'I received your telegram No. {REF} and have taken it into account.',
  'Your order No. {N} has been fulfilled.',
  'Regarding the 150-250 pilots now completing their training, a decision will be taken in 2-4 days.',
  'The 12th Division crossed the river and occupied the heights east of {PLACE}.',
  '{PERSON} said: “We will not yield on this point.”',
  'The Americans demand that the demarcation line run north of {PLACE}, which we consider unacceptable.',
  'It is politically disadvantageous to announce this decision in the press now.',
  'The weather in the area of operations has worsened and the roads are impassable for 8-12 days.',
  'We have completed the preparation of {N} airfields near {PLACE} and in the adjoining districts.',
  'The government of the People’s Republic of China is ready to receive a group of Soviet specialists.',
  'Kim Il Sung asks to be informed whether the proposals set out in his letter are acceptable.',
  'I think it would be advisable to hold the meeting in {PLACE} rather than in {PLACE2}.',
  'The decision on the trade agreement will be taken after {PERSON} returns from {PLACE}.',
  'The enemy continues to violate the neutral zone, and our protests remain without an answer.',
  'Your telegram of {DATE} has been received.',
  'Today at {TIME} the enemy landed a force of up to {N} battalions near {PLACE}.',
  'The 64th Fighter Aviation Corps carried out {NUM} sorties over the area of MiG Alley.',
  'The 105-millimeter guns promised for the coastal defence have not yet arrived in {PLACE}.',
  'At the present time the enemy is increasingly disinclined to break off the talks.',
  'We should act cautiously so as not to reveal our plans before the next session.',
  'As regards the prisoners of war, {ADVERSARY} insists on the principle of voluntary repatriation.',
  'The first echelon with 1,000 tons of grain left {PLACE} on {DATE}.',
  'In addition to my Nº {REF}.',
  'The note of the Indian ambassador was handed to {PERSON} in the evening.',
  'The Korean comrades consider it necessary to strengthen the air defence of {PLACE} with {N} regiments.',
  // Date notations in prose: local time with Moscow time, relative dates, dates as modifiers, day ranges.
  'The first group crossed the river {LOCALMOSCOW}.',
  'On the evening of {DM} the delegation arrived in {PLACE}.',
  'Night of {MD} the enemy attempted to cross the river near {PLACE}.',
  'Today on {MD} the talks were resumed at the request of the other side.',
  'On {MD} of this year the agreement on the railway was signed.',
  'The Chinese side intends to send a delegation in mid-{MONTH} next year.',
  'The {DM} telegram has not yet been answered.',
  'Your directive dated {DOT} has been carried out.',
  'Telegram #{REF} dated {DM} was handed to the addressee.',
  'The session of the commission is planned for {DAYRANGE}.',
  'A {DMY} letter from {PERSON} confirms this.',
  'Your telegram of {DM} was received with a delay of {N} days.',
  'The ships will be ready to leave {PLACE} within 8-12 days.',
] as const;

/** Short asides an editor or translator inserts into a body (§8 of the format notes). */
export const EDITORIAL_ASIDES = [
  '[...]',
  '[…]',
  '[Translator’s note: a line of the original is illegible here.]',
  '[trans. note-- literally “the one who [he] will send”]',
  '[Ed. note: the rest of this paragraph is not reproduced.]',
  '[handwritten: agreed]',
] as const;

export const SUMMARIES = [
  '[This point concerned the delivery of coal to Port Arthur.]',
  '[This point concerned the schedule of the railway repair brigades.]',
  '[This point listed the names of the officers to be recalled.]',
] as const;

export const TRANSLITERATIONS = [
  '[pristupit k obiednineniiu]',
  '[srochno soobshchite]',
  '[podtverdite poluchenie]',
] as const;

export const ACTIONS = [
  'Confirm receipt.',
  'Telegraph the fulfillment.',
  'Immediately telegraph the fulfillment.',
  'Telegraph when this is done.',
  'Paragraph: Confirm delivery to the addressee',
  'I ask for corresponding orders.',
  'Confirm receipt. [podtverdite poluchenie]',
] as const;

export const CLOSINGS = [
  'Greetings to the friends!',
  'Humbly submitted,',
  'Devotedly yours,',
  'With greetings,',
  'With respect',
  'Respectfully,',
] as const;

export const QUESTIONS = [
  'The Question of Comrade {PERSON}.',
  'The Question of the Korean Trade Delegation.',
  'On the Reply to Comrade {PERSON}.',
  'The Question of Aviation Cover for {PLACE}.',
] as const;

export const TITLES = [
  'On the Situation at the Front',
  'On the Armistice Negotiations',
  'On Sending Volunteers to Korea',
  'On the Exchange of Prisoners',
  'On the Supply of Weapons',
] as const;

/** Chinese lines for bilingual documents: our own short sentences, with `。`, `、` and a Latin 0 among numerals. */
export const CHINESE_LINES = [
  '我军已于本日到达指定地点。',
  '关于停战谈判问题，我们的意见如下：',
  '请即复电。',
  '同意。',
  '敌机连日轰炸、破坏交通线。',
  '此事请与金日成同志商量后再定。',
] as const;

export const CHINESE_NAMES = ['毛泽东', '周恩来', '刘少奇', '彭德怀'] as const;

export const SOURCES = [
  'Archive of the President of the Russian Federation (APRF), fond 45, opis 1, delo {N}, listy {N2}-{N3}',
  'Russian State Archive of Socio-Political History (RGASPI), f. 558, op. 11, d. {N}, ll. {N2}-{N3}',
  'Jianguo yilai Mao Zedong wengao, vol. 1, pp. {N2}-{N3}',
  'Archive of Foreign Policy of the Russian Federation (AVPRF), fond 07, opis 23a, delo {N}, list {N2}',
] as const;
