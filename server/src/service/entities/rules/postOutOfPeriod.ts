/**
 * `Soviet Ambassador Shtykov` in a cable of March 1951, `the Minister of Foreign Affairs Cde.
 * Vyshinsky` in November 1948, `General Clark, the commander-in-chief of the UN forces,` in November
 * 1951: a post written right before a man's name, or set off right after it, in a text dated outside
 * every period the gazetteer gives him that post. The gazetteer must know him in the post as one
 * of the single posts it keeps whole (`post`: the ambassadors in Beijing and Pyongyang, the foreign
 * ministers, the chief advisers in China, the chiefs of the General Staff, the UN commanders, the
 * premiers, the chairmen of the Soviet Council of Ministers), since its other lists
 * of offices are not complete (Gromyko was ambassador in Washington before London); or the rank
 * written must be one the gazetteer dates for him from its conferral (`Marshal Kim Il Sung` in
 * October 1950: Marshal of the DPRK from February 1953), a rank being held once (a post joined by
 * `and` before a rank, `the Chairman of the Council of Ministers of the MPR and Commander-in-Chief
 * Marshal Choibalsan`, is read as the post); and the date
 * must lie more than two months outside (an appointment is announced before it takes effect). An
 * ambassador is compared with the embassy the text puts him in (`Ambassador in Beijing Panyushkin`,
 * `Ambassador Panyushkin in Beijing`, the addressee of a cable to Beijing, the signer of one from
 * there); a bare `the Soviet Ambassador Panyushkin` puts him nowhere, as a cable of any channel may
 * name the ambassador elsewhere, and is compared with all his embassies, unless the text makes him
 * present where it was written (`Present: ...`, `took part in the conversation`, `Ambassador
 * Panyushkin and I visited ...` in a cable from BEIJING or a record of the embassy there). The
 * date is the text's own: a quoted letter's, not the covering cable's. The words must be the
 * writer's, of that time: not the editor's bracket, gloss or note, not `former Ambassador`, `the
 * previous ambassador`, `the new ambassador` or `send as chief adviser`, and not in a sentence that
 * gives a date or a year of his time in the post (`In 1947 Foreign Minister Molotov ...`).
 * A cable to Beijing or Pyongyang whose routing names a man with no title (`BEIJING - To Comrade
 * KRASOVSKY` in January 1951) names him Moscow's correspondent there: he is compared with the posts the gazetteer
 * keeps in that capital, and reported only when he held none of them on the date and no other role
 * either (a man there in another office, `TO KOTOV` as military attaché, is no finding). The signer of
 * a cable from there is not compared so: any officer on the spot may sign, in an office the gazetteer
 * need not record.
 */
import { defineRule } from '../../analysis/rule';
import type { GazetteerEntry, Role } from '../../gazetteer/types';
import type { CableDocument, Message } from '../../parser/ast';
import { inInnerTelegram } from '../../parser/tree';
import type { PartialDate, Span } from '../../types';
import { formatDate, formatPeriod, monthsOutside, outsideExactEnds } from '../dates';
import { writersOwnName } from '../recognize';
import { dateAt } from '../textDates';
import { sentenceAround, sentenceDatedWithin } from '../datedSentence';
import type { EntityContext, EntityMention, Resolution } from '../types';

/**
 * The UN commander's title as cables write it: `the UN Commander`, `Commander-in-Chief of the UN
 * forces`, `UNC Commander-in-Chief`, and spelled out as Soviet translations do, the forces before the
 * United Nations: `the commander-in-chief of the forces of the United Nations`.
 */
const UN_COMMANDER = String.raw`(?:(?:UN|U\.N\.|UNC|United Nations)\s+(?:[Cc]ommander(?:-in-[Cc]hief)?|Commander in Chief)|(?:Supreme\s+)?[Cc]ommander(?:-in-[Cc]hief| in [Cc]hief)?\s+of\s+(?:the\s+)?(?:(?:UN|U\.N\.|United Nations)\s+(?:forces|[Ff]orces|troops|Command|command|army|armies)|(?:[Aa]rmed\s+)?(?:forces|[Ff]orces|troops|army|armies)\s+of\s+the\s+(?:UN|U\.N\.|United Nations)))`;
const UN_COMMANDER_WRITTEN = new RegExp(String.raw`^${UN_COMMANDER}$`);

/**
 * The head of an armistice delegation as cables write him: `the head of the American delegation,
 * General Harrison`, `chief delegate Nam Il`, `Joy, the senior delegate of the UN Command`. Which
 * side's head is the man's own roles' concern: only the UNC's are senior delegates in the gazetteer.
 */
const DELEGATION_HEAD = String.raw`(?:[Hh]ead of the (?:American|US|U\.S\.|UN|U\.N\.|UNC|United Nations) delegation|[Cc]hief delegate|[Ss]enior (?:UN |UNC )?delegate(?: of the (?:UN|United Nations) Command)?)`;

/**
 * The posts a title before a name is compared for: how it is written, and which offices of the
 * gazetteer are that post; `rank` for a rank, which the gazetteer dates whole in one role (no `post` needed).
 */
const POSTS: readonly { readonly key: string; readonly written: RegExp; readonly held: RegExp; readonly rank?: true }[] = [
  { key: 'ambassador', written: /^(?:ambassador|AMBASSADOR|Ambassador)$/, held: /\bAmbassador\b/i },
  {
    key: 'minister of foreign affairs',
    written: /^(?:Minister|MINISTER|People's Commissar|People’s Commissar) (?:of|OF) (?:Foreign|FOREIGN) (?:Affairs|AFFAIRS)$|^Foreign Minister$|^FM$/,
    // `(First) Deputy Minister of Foreign Affairs` is not the post; `Vice Premier and Minister of Foreign Affairs` is
    held: /^(?:(?!Deputy|Vice Minister|Assistant).)*(?:Minister|Commissar)\b[^,]*\bForeign Affairs|^Foreign Minister/,
  },
  { key: 'chief military adviser', written: /^[Cc]hief (?:Soviet )?(?:[Mm]ilitary )?[Aa]dvis[eo]r$/, held: /^Chief (?:Soviet )?military adviser/i },
  { key: 'Chief of the General Staff', written: /^Chief of (?:the )?General Staff$/, held: /^(?:Acting )?Chief of the General Staff/ },
  { key: 'UN commander', written: UN_COMMANDER_WRITTEN, held: /^Commander-in-Chief, UN Command/ },
  { key: 'head of the armistice delegation', written: new RegExp(String.raw`^${DELEGATION_HEAD}$`), held: /^(?:Senior UNC|Chief) delegate\b/ },
  // (the DPRK's premier is written so too: the gazetteer's posts tell Zhou Enlai's office from Kim Il Sung's)
  { key: 'premier', written: /^(?:Premier|PREMIER)$/, held: /^Premier\b/ },
  { key: 'Chairman of the Council of Ministers', written: /^Chairman (?:of|OF) the Council of Ministers$|^CHAIRMAN OF THE COUNCIL OF MINISTERS$/, held: /^Chairman of the Council of Ministers\b/ },
  { key: 'Marshal', written: /^Marshal(?: of the (?:Soviet Union|DPRK|PRC))?$/, held: /^Marshal\b/, rank: true },
];

/** The ranks among them, which a post joined before them outweighs. */
const RANK_WRITTEN = new RegExp(POSTS.filter(p => p.rank).map(p => p.written.source).join('|'));

/** The posts as a title writes them before or after a name. */
const POST_WORDS = String.raw`(?:(?:Minister|MINISTER|People['’]s Commissar) (?:of|OF) (?:Foreign|FOREIGN) (?:Affairs|AFFAIRS)|Foreign Minister|FM|[Aa]mbassador|AMBASSADOR|[Cc]hief (?:Soviet )?(?:[Mm]ilitary )?[Aa]dvis[eo]r|Chief of (?:the )?General Staff|${UN_COMMANDER}|${DELEGATION_HEAD}|Premier|PREMIER|Chairman (?:of|OF) the Council of Ministers|CHAIRMAN OF THE COUNCIL OF MINISTERS|Marshal(?: of the (?:Soviet Union|DPRK|PRC))?)`;
/** Where the post is held: `of the USSR in the DPRK`, `to China`, `in Beijing`. */
const POST_PLACE = String.raw`(?:\s+(?:of|to|in|OF|TO|IN)\s+(?:the\s+|THE\s+)?(?:USSR|PRC|DPRK|Soviet Union|[A-Z][a-z]+|[A-Z]+)){0,2}`;

/**
 * The title right before a name (`Soviet Ambassador`, `the Minister of Foreign Affairs Cde.`,
 * `chief military adviser General`), or set off before it by a comma (`The chief military adviser in
 * China, Comrade Krasovsky`): group `post` the post as written, `before` the word before it.
 */
const TITLE_BEFORE_NAME = new RegExp(
  String.raw`(?:^|[^A-Za-z'’-])(?:(?<before>[A-Za-z]+-?)\s+)?(?:(?:Soviet|USSR|our|Chinese|Korean|the)\s+)?` +
  String.raw`(?<post>${POST_WORDS})${POST_PLACE}` +
  String.raw`(?:,?\s+(?:Cde\.|Comrade|COMRADE|General|Gen\.|Colonel General|Lieutenant General|Marshal))*,?\s+$`,
);

/**
 * A post joined by `and` to another title right before the name, one man holding both: `the Chairman
 * of the Council of Ministers of the MPR and Commander-in-Chief Marshal Choibalsan`, `... of the MPRP
 * and Chairman of the Council of Ministers of the MPR Tsedenbal` (that one is read by the title next
 * to the name). The second title opens with an office's word and runs in capitals, `of` and `the`, so a
 * name between the two (`Premier Zhou Enlai and Marshal Peng Dehuai`) or a second man's `the` (`the
 * Ambassador and the military attaché Kotov`) breaks it.
 */
const JOINED_TITLE_BEFORE_NAME = new RegExp(
  String.raw`(?:^|[^A-Za-z'’-])(?:(?<before>[A-Za-z]+-?)\s+)?(?:(?:Soviet|USSR|our|Chinese|Korean|the)\s+)?` +
  String.raw`(?<post>${POST_WORDS})${POST_PLACE}\s+(?:and|AND)\s+` +
  String.raw`(?:Commander-in-Chief|Commander|Supreme Commander|Minister|Marshal|Chairman|General Secretary|Secretary|Premier|COMMANDER-IN-CHIEF|MARSHAL)\b` +
  String.raw`(?:\s+(?:[A-Z][A-Za-z'’-]*|of|the|OF|THE)){0,8},?\s+$`,
);

/** The title set off after a name: `General Clark, the commander-in-chief of the UN forces, declared`; group `before` as above. */
const TITLE_AFTER_NAME = new RegExp(
  String.raw`^,\s+(?:(?<before>[A-Za-z]+-?)\s+)?(?:(?:Soviet|USSR|our|Chinese|Korean|the)\s+)?(?<post>${POST_WORDS})${POST_PLACE}\s*[,;.)]`,
);

/**
 * The signer's office on its own line under his name, as a whole (`A. VYSHINSKY` / `Minister of
 * Foreign Affairs of the USSR`); group `before` as above, so `Deputy Minister of ...` is no finding.
 */
const OFFICE_LINE = new RegExp(
  String.raw`^(?:(?<before>[A-Za-z]+-?)\s+)?(?:(?:Soviet|USSR|the|The)\s+)?(?<post>${POST_WORDS})${POST_PLACE}\s*\.?$`,
);

/**
 * A title addressee alone on its line, the man named on the next (`TO THE CHAIRMAN OF THE COUNCIL OF
 * MINISTERS OF THE USSR` / `Comrade STALIN I.V.`, `To the Minister of Foreign Affairs of the USSR` /
 * `Comrade VYSHINSKY A.Ya.`); group `post` as above.
 */
const TITLE_ADDRESSEE_LINE = new RegExp(
  String.raw`^[ \t]*(?:To|TO)\s+(?:the\s+|THE\s+)?(?<post>${POST_WORDS})${POST_PLACE}[ \t]*,?[ \t]*$`,
);
/** What may stand before the name on its line under a title addressee: a form of address, nothing else. */
const ADDRESS_ONLY = /^[ \t]*(?:(?:Cde\.|Comrade|COMRADE)[ \t]+)?$/;

/** Words before a title that put the post in another time than the text's (`former`, `the new`), or make it another post (`Deputy`). */
const OTHER_TIME = /^(?:former|ex-|then|late|future|new|newly|incoming|outgoing|designate|acting|previous|recalled|erstwhile|past|deputy|vice|first|assistant|as)$/i;
/** The same, in more words, in the sentence before the title: `as at that time Foreign Minister Molotov`. */
const OTHER_TIME_PHRASE = /\b(?:at that time|at the time|in those days|until recently|in (?:his|her) time|(?:during|in|before|after) the (?:war|Second World War|Great Patriotic War)|in wartime)\b[^.;]*$/i;

/** The words of every post `TITLE_BEFORE_NAME` reads, looked for in the whole text before any name is. */
const ANY_POST = /mbassador|MBASSADOR|Foreign|FOREIGN|\bFM\b|dvis[eo]r|General Staff|ommander|elegat|remier|REMIER|Council of Ministers|COUNCIL OF MINISTERS|Marshal/;

/** How far before the name's honorific the title may begin. */
const REACH = 90;
/**
 * Appointments are announced, and recalled men linger: a post two months outside its dates is no
 * finding, or ten days outside an end the gazetteer knows to the day (`Foreign Minister Vyshinsky`
 * a month after 5 March 1953 is one).
 */
const MARGIN_MONTHS = 2;
const MARGIN_DAYS = 10;
/** Whether the post may be his on `date`, within the margins. */
const mayHold = (r: Role, date: PartialDate) => monthsOutside(date, r.from, r.to) <= MARGIN_MONTHS && !outsideExactEnds(date, r.from, r.to, MARGIN_DAYS);

export const rule = defineRule({
  code: 'cable.name.postOutOfPeriod',
  level: 'warning',
  summary: 'a post written before or after a name in a document dated outside the years the gazetteer gives him that post (`Ambassador Shtykov` in 1951, `Premier Zhou Enlai` in June 1949, `Clark, the commander-in-chief of the UN forces,` in 1951)',
  *check({ entities, chronology, parsed }) {
    const text = entities.text;
    // most texts name none of the posts: one look at the whole text first
    const context = entities.context;
    if (context.date?.year === undefined && context.datedTexts === undefined) return;
    const titled = ANY_POST.test(text);
    const editors = editorsNotes(parsed);
    const offices = titled ? signersOffices(parsed) : [];
    for (const m of entities.mentions) {
      const { entry, via } = m.resolution.best;
      if (m.type !== 'person' || via !== 'name' || !entry.roles?.length || !readAsHim(m.resolution)) continue;
      const found = titled ? titleOf(text, m.fullSpan.start, m.span.end) ?? officeUnder(text, offices, m.span) : undefined;
      if (!found) {
        const untitled = correspondentOutOfPost(m, context, parsed);
        if (untitled) yield untitled;
        continue;
      }
      const { title, written, postStart } = found;
      const post = POSTS.find(p => p.written.test(written));
      const before = title.groups!.before;
      if (!post || (before !== undefined && OTHER_TIME.test(before))) continue;
      const ofPost = entry.roles.filter(r => post.held.test(r.title));
      // `Ambassador in Beijing Panyushkin`, `Ambassador Panyushkin in Beijing`, or `To Ambassador PANYUSHKIN`
      // in a cable to BEIJING: the post there, not his embassy elsewhere (he was in Washington until 1952)
      const place = post.key === 'ambassador'
        ? placeOf(title[0]) ?? placeAfter(text, m.span.end) ?? correspondentsPlace(context, parsed, m.span) ?? presentWhereWritten(text, parsed, title[0], postStart, m.span)
        : undefined;
      const there = place ? ofPost.filter(r => r.post?.endsWith(`-${place}`)) : [];
      const held = there.length ? there : ofPost;
      if (!(post.rank ? held.length > 0 : held.some(r => r.post !== undefined))) continue;
      const date = dateAt(context, m.span.start);
      if (date?.year === undefined || held.some(r => mayHold(r, date))) continue;
      const start = m.fullSpan.start;
      if (!writersOwnName(m, text) || editors.some(e => e.start <= start && start < e.end)) continue;
      const span = postStart < start ? { start: postStart, end: m.span.end } : { start: m.span.start, end: postStart + written.length };
      const sentence = sentenceAround(text, span.start, span.end);
      // `Kang Kon, Chief of the General Staff of the KPA, has been killed`: a man who died in the post,
      // named by it in a sentence that speaks of his death (without one, `received by ... Choibalsan`
      // months after his death is a date or a name wrong)
      if (diedInPostBefore(entry.died, held, date) && DEATH_WORDS.test(text.slice(sentence.start, sentence.end))) continue;
      const inPost = (d: PartialDate) => held.some(r => mayHold(r, d));
      if (OTHER_TIME_PHRASE.test(text.slice(sentence.start, Math.min(postStart, start))) || sentenceDatedWithin(text, sentence, chronology.mentions, inPost)) continue;
      yield {
        code: 'cable.name.postOutOfPeriod',
        span,
        message: `'${m.name}' is called ${post.key} here, but the gazetteer gives ${entry.canonical} that post only ${periods(held)}; this text is dated ${formatDate(date)}.`,
      };
    }
  },
});

/** Words that speak of a man's death. */
const DEATH_WORDS = /\b(?:late|killed|died|dead|death|deceased|funeral|perished|fell|fallen|memory|mourning|obituary|buried|burial)\b/i;

/**
 * Did the man die holding one of the posts (it ends in the year he died), and is `date` after its start
 * (so, the post not being his on it, after its end)? The last office of the dead is how a later text
 * names him (`the late Kang Kon, Chief of the General Staff`).
 */
function diedInPostBefore(died: number | undefined, held: readonly Role[], date: PartialDate): boolean {
  if (died === undefined) return false;
  return held.some(r => r.to !== undefined && String(r.to).slice(0, 4) === String(died) && monthsOutside(date, r.from, undefined) === 0);
}

/**
 * The title written right before the name that starts at `start` (on its line, at most `REACH`
 * characters back), else set off right after the name that ends at `end`: the match, the post as
 * written, and where the post starts in the text.
 */
function titleOf(text: string, start: number, end: number): { title: RegExpExecArray; written: string; postStart: number } | undefined {
  // a title before ends with a letter or a period, then a space: most names have none before them
  if (start >= 3 && /\s/.test(text[start - 1]!)) {
    const lineStart = Math.max(text.lastIndexOf('\n', start - 1) + 1, start - REACH);
    const window = text.slice(lineStart, start);
    const next = ANY_POST.test(window) ? TITLE_BEFORE_NAME.exec(window) : null;
    // a rank or no post next to the name, a post joined to it by `and` before: the post
    const joined = (!next || RANK_WRITTEN.test(next.groups!.post!)) && / (?:and|AND) /.test(window) ? JOINED_TITLE_BEFORE_NAME.exec(window) : null;
    const title = joined ?? next;
    if (title) return { title, written: title.groups!.post!, postStart: lineStart + title.index + title[0].indexOf(title.groups!.post!) };
    // the title addressee on the line right above, the name opening its own line after a form of address
    // (the line above is read only then: most names stand in a sentence)
    if (lineStart === text.lastIndexOf('\n', start - 1) + 1 && ADDRESS_ONLY.test(window)) {
      const above = titleAddresseeAbove(text, lineStart);
      if (above) return above;
    }
  }
  // one after it opens with a comma
  if (text.charCodeAt(end) !== 44) return undefined;
  const after = text.slice(end, end + REACH);
  const title = ANY_POST.test(after) ? TITLE_AFTER_NAME.exec(after) : null;
  return title ? { title, written: title.groups!.post!, postStart: end + title[0].indexOf(title.groups!.post!) } : undefined;
}

/** The title addressee alone on the line right above the line starting at `lineStart`, with no blank line between. */
function titleAddresseeAbove(text: string, lineStart: number): ReturnType<typeof titleOf> {
  if (lineStart < 2) return undefined;
  const aboveStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  const line = text.slice(aboveStart, lineStart - 1).replace(/\r$/, '');
  if (line.length > 140 || !ANY_POST.test(line)) return undefined;
  const title = TITLE_ADDRESSEE_LINE.exec(line);
  return title ? { title, written: title.groups!.post!, postStart: aboveStart + title[0].indexOf(title.groups!.post!) } : undefined;
}

/** A signature and the office on the line under it, as the parser reads them. */
interface SignersOffice { readonly signer: Span; readonly office: Span }

/** Every signature the parser found an office under, in any message: `MAO ZEDONG` / `Chairman of the Central People's Government`. */
function signersOffices(parsed: CableDocument): SignersOffice[] {
  const out: SignersOffice[] = [];
  const walk = (m: Message) => {
    m.parts.forEach((p, i) => {
      const next = m.parts[i + 1];
      if (p.kind === 'signature' && next?.kind === 'office') out.push({ signer: p.value, office: next.value });
      // the office over the name (`Soviet Ambassador to the PRC` / `A. PANYUSHKIN`), not another signer's under his
      else if (p.kind === 'office' && next?.kind === 'signature' && m.parts[i - 1]?.kind !== 'signature') out.push({ signer: next.value, office: p.value });
    });
    m.telegrams.forEach(walk);
  };
  for (const b of parsed.blocks) if (b.kind === 'message') walk(b);
  return out;
}

/**
 * The post a signer's office line names, when the name in `span` signs above it: `A. VYSHINSKY` /
 * `Minister of Foreign Affairs of the USSR` calls him minister as much as the title before a name does.
 */
function officeUnder(text: string, offices: readonly SignersOffice[], span: Span): ReturnType<typeof titleOf> {
  const o = offices.find(x => x.signer.start <= span.start && span.end <= x.signer.end);
  if (!o) return undefined;
  const line = text.slice(o.office.start, o.office.end);
  const title = OFFICE_LINE.exec(line.trim());
  if (!title) return undefined;
  return { title, written: title.groups!.post!, postStart: o.office.start + line.search(/\S/) + title[0].indexOf(title.groups!.post!) };
}

/** The capital or state a title names (`Ambassador in Beijing`, `Ambassador to the DPRK`), as the gazetteer's posts end (`-prc`, `-dprk`). */
function placeOf(words: string): 'prc' | 'dprk' | undefined {
  const m = EMBASSY_PLACE.exec(words);
  return m ? (/Korea|DPRK|Pyongyang|PYONGYANG|P[’']yongyang/.test(m[1]!) ? 'dprk' : 'prc') : undefined;
}
const EMBASSY_PLACE = /\b(?:in|to|at|IN|TO|AT)\s+(?:the\s+)?(PRC|People['’]s Republic of China|China|CHINA|Beijing|BEIJING|Peking|PEKING|Peiping|DPRK|North Korea|Korea|KOREA|Pyongyang|PYONGYANG|P[’']yongyang)\b/;

/** The capital or state named right after the name: `Ambassador Panyushkin in Beijing`, `..., in Pyongyang`. */
function placeAfter(text: string, end: number): ReturnType<typeof placeOf> {
  const after = text.slice(end, end + REACH);
  const m = EMBASSY_PLACE.exec(after);
  return m && /^,?\s+$/.test(after.slice(0, m.index)) ? placeOf(m[0]) : undefined;
}

/**
 * Where the cable itself puts the man its name in `span` stands for: its addressee where it went
 * (`To Ambassador PANYUSHKIN` in a cable to BEIJING), its signer where it came from (`From BEIJING`
 * ... `PANYUSHKIN` / `Soviet Ambassador`). A name in the text of either carries no such place.
 */
function correspondentsPlace(context: { readonly personSlots?: readonly { readonly span: Span; readonly cue: string }[] }, parsed: CableDocument, span: Span): ReturnType<typeof placeOf> {
  if (context.personSlots?.some(s => s.cue === 'addressee' && s.span.start <= span.start && span.end <= s.span.end)) return envelopePlace(parsed, 'destination');
  const signsCable = parsed.blocks.some(b => b.kind === 'message' && b.parts.some(p => p.kind === 'signature' && p.value.start <= span.start && span.end <= p.value.end));
  return signsCable ? envelopePlace(parsed, 'origin') : undefined;
}

/** Whether the name in `span` is the addressee the envelope's routing names: `BEIJING - To Comrade KRASOVSKY`, `To NORTH KOREA To SHTYKOV`. */
function envelopeAddressee(parsed: CableDocument, span: Span): boolean {
  return parsed.blocks.some(b => b.kind === 'envelope' && b.fields.some(f => f.kind === 'addressee' && f.value.start <= span.start && span.end <= f.value.end));
}

/** A post the gazetteer keeps in one of the capitals `placeOf` reads: `ussr-chief-adviser-prc`, `ussr-ambassador-dprk`. */
const POST_IN_CAPITAL = /-(?:prc|dprk)$/;

/** Whether a man held a post `POST_IN_CAPITAL` reads (Krasovsky, Shtykov), by entry: asked of every man named without a title. */
const postedInCapital = new WeakMap<GazetteerEntry, boolean>();

function heldPostInCapital(entry: GazetteerEntry): boolean {
  let held = postedInCapital.get(entry);
  if (held === undefined) postedInCapital.set(entry, (held = entry.roles?.some(r => r.post !== undefined && POST_IN_CAPITAL.test(r.post)) ?? false));
  return held;
}

/**
 * The finding for a man named with no title as the addressee of a cable to Beijing or Pyongyang, on
 * a date when he held none of the posts the gazetteer keeps there and no role at all: `BEIJING - To
 * Comrade KRASOVSKY` on 21 January 1951 (chief adviser from April).
 */
function correspondentOutOfPost(m: EntityMention, context: EntityContext, parsed: CableDocument): { code: 'cable.name.postOutOfPeriod'; span: Span; message: string } | undefined {
  const { entry } = m.resolution.best;
  // (few men hold such a post: the slots are looked at for them alone)
  if (!heldPostInCapital(entry)) return undefined;
  const place = envelopeAddressee(parsed, m.span) ? envelopePlace(parsed, 'destination') : undefined;
  if (!place) return undefined;
  const held = entry.roles!.filter(r => r.post?.endsWith(`-${place}`));
  const date = dateAt(context, m.span.start);
  if (!held.length || date?.year === undefined || entry.roles!.some(r => mayHold(r, date))) return undefined;
  const capital = place === 'prc' ? 'Beijing' : 'Pyongyang';
  return {
    code: 'cable.name.postOutOfPeriod',
    span: m.span,
    message: `'${m.name}' is the addressee of a cable to ${capital}, but the gazetteer gives ${entry.canonical} a post there only ${periods(held)}, and no role on ${formatDate(date)}.`,
  };
}

/** Where the cable went or came from, by its envelope's line of that kind (`BEIJING - SOVIET AMBASSADOR`, `To PYONGYANG`, `From BEIJING`). */
function envelopePlace(parsed: CableDocument, kind: 'destination' | 'origin'): ReturnType<typeof placeOf> {
  for (const b of parsed.blocks) {
    if (b.kind !== 'envelope') continue;
    const field = b.fields.find(f => f.kind === kind);
    if (field) return placeOf(`to ${parsed.text.slice(field.value.start, field.value.end)}`);
  }
  return undefined;
}

/**
 * Where the document was written, when the text puts the ambassador named in `name` there with its
 * writer: in a participant list (`Present: the Soviet Ambassador Panyushkin, ...`), taking part or
 * present (`took part in the conversation`, `in the presence of`), with the writer in the first
 * person (`Ambassador Panyushkin and I visited ...`, `together with Ambassador ... we`), or as `our
 * Ambassador` of the embassy writing. The place is the cable's origin (`From BEIJING`) or the embassy
 * a record's heading names (`counsellor of the Embassy of the USSR in the PRC`). A mere mention
 * (`Ambassador Panyushkin reports from Washington`, `according to Panyushkin`) is no presence, nor is
 * a sentence that names a place or forum abroad, nor a name in a quoted or relayed text.
 */
function presentWhereWritten(text: string, parsed: CableDocument, titleWords: string, postStart: number, name: Span): ReturnType<typeof placeOf> {
  if (inInnerTelegram(parsed, name)) return undefined;
  const sentence = sentenceAround(text, postStart, name.end);
  const words = text.slice(sentence.start, sentence.end);
  if (ELSEWHERE.test(words)) return undefined;
  const before = text.slice(sentence.start, postStart);
  const after = text.slice(name.end, Math.min(sentence.end, name.end + REACH));
  const present = inParticipantList(text, name.start) || PRESENCE.test(words)
    || WITH_ME_AFTER.test(after) || WITH_ME_BEFORE.test(before)
    || (TOGETHER_BEFORE.test(before) && FIRST_PERSON.test(words)) || OUR_AMBASSADOR.test(titleWords);
  return present ? writtenPlace(parsed) : undefined;
}

/** `Present: ...`, `Also present were ...`, `Taking part in the conversation: ...`: a list of those at the talk, by the first line of its paragraph. */
function inParticipantList(text: string, at: number): boolean {
  let lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (PARTICIPANTS.test(text.slice(lineStart, at))) return true;
  // a heading line ending in a colon, with the names on the lines under it (no blank line between)
  for (let lines = 0; lineStart > 0 && lines < 8; lines++) {
    const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    const line = text.slice(prevStart, lineStart - 1);
    if (!line.trim()) return false;
    if (PARTICIPANTS.test(line)) return /:\s*$/.test(line);
    lineStart = prevStart;
  }
  return false;
}
const PARTICIPANTS = /^\s*(?:Also\s+|Those\s+)?(?:[Pp]resent|PRESENT|[Pp]articipants|[Pp]articipating|[Tt]aking part|[Ii]n attendance|[Aa]ttending)\b(?:\s+(?:were|was|at the conversation|in the conversation|at the talk|at the meeting|also))*\s*[:\-–—]/;
/** Taking part or present at the talk the sentence tells of. */
const PRESENCE = /\b(?:(?:took|take|taking)\s+part\s+in\s+(?:the|this|our|today['’]s)\s+(?:conversation|talk|talks|meeting|discussion|negotiations)|participated\s+in\s+(?:the|this|our)\s+(?:conversation|talk|talks|meeting|discussion|negotiations)|in\s+the\s+presence\s+of|(?:was|were)\s+(?:also\s+)?present\b)/;
/** `Ambassador Panyushkin and I`, `... and myself`. */
const WITH_ME_AFTER = /^(?:\s*\[[^\]\n]*\])?,?\s+and\s+(?:I|myself)\b/;
/** `I and the Soviet Ambassador ...`, `we with Ambassador ...`. */
const WITH_ME_BEFORE = /\b(?:I|we)\s+(?:and|together\s+with|with|accompanied\s+by)\s+(?:(?:the|our|Soviet|USSR)\s+)*$/;
/** `Together with Ambassador ...`, `accompanied by the Soviet Ambassador ...`, with the writer in the sentence. */
const TOGETHER_BEFORE = /(?:^|[^A-Za-z])(?:[Tt]ogether\s+with|[Aa]ccompanied\s+by)\s+(?:(?:the|our|Soviet|USSR)\s+)*$/;
const FIRST_PERSON = /\b(?:I|we|We|us|me)\b/;
/** The embassy's own: `our Ambassador`. */
const OUR_AMBASSADOR = /\b[Oo]ur\s+(?:Soviet\s+)?(?:ambassador|Ambassador|AMBASSADOR)\b/;
/** A place or forum abroad: the ambassador there, not with the writer. */
const ELSEWHERE = /\b(?:Washington|WASHINGTON|New York|United States|USA|U\.S\.A\.|America|American government|Lake Success|UN|United Nations|General Assembly|Security Council|London|Paris|Moscow|MOSCOW)\b/;

/** Where the document was written: its origin (`From BEIJING`), else the embassy its heading names (`... of the Embassy of the USSR in the PRC`). */
function writtenPlace(parsed: CableDocument): ReturnType<typeof placeOf> {
  const origin = envelopePlace(parsed, 'origin');
  if (origin) return origin;
  for (const b of parsed.blocks) {
    if (b.kind !== 'envelope') continue;
    for (const line of parsed.text.slice(b.span.start, b.span.end).split('\n')) {
      const embassy = /^(?!\s*(?:To|TO|For|FOR)\b).*?\b(?:Embassy|EMBASSY)\b(.*)$/.exec(line);
      const place = embassy ? placeOf(embassy[1]!) : undefined;
      if (place) return place;
    }
  }
  return undefined;
}

/** The editor's notes under the text (`[1] Ambassador Shtykov's earlier report ...`): the editor's words, in the editor's time. */
function editorsNotes(parsed: CableDocument): Span[] {
  return parsed.blocks.filter(b => b.kind === 'notes').map(b => b.span);
}

/**
 * The name is read as the man: with no doubt, or with the only doubt that the post written before
 * it was not his on the date (`adviser Krasovsky` in January 1951), which is what is reported here.
 */
function readAsHim(r: Resolution): boolean {
  return r.confidence !== 'uncertain' || (r.alternatives.length === 0 && r.best.evidence.some(e => e.kind === 'postNotHeld'));
}

/** `Soviet Ambassador to the DPRK October 1948–December 1950`, each period with its office. */
function periods(held: readonly Role[]): string {
  return held.map(r => `as ${r.title} ${formatPeriod(r.from, r.to)}`).join(', and ');
}


