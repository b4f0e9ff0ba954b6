/**
 * A function of a word remembered per word. Names and words come back in every cable, so the
 * answers are kept; the memory is bounded for a long session (the whole memory is dropped when it
 * is full, which is rare and cheap to refill).
 */
export function rememberedPerWord(compute: (word: string) => string, limit = 50_000): (word: string) => string {
  const answers = new Map<string, string>();
  return (word: string): string => {
    let answer = answers.get(word);
    if (answer === undefined) {
      answer = compute(word);
      if (answers.size >= limit) answers.clear();
      answers.set(word, answer);
    }
    return answer;
  };
}

/**
 * A function of an object and a word, remembered per object (weakly: the answers go when the object
 * does) and per word. The recognizer narrows the index's own lists of targets — by a written
 * initial, by the country a cable comes from — and the same lists and words come back in every cable.
 */
export function rememberedPerObjectAndWord<O extends object, V>(compute: (object: O, word: string) => V): (object: O, word: string) => V {
  const answers = new WeakMap<O, Map<string, V>>();
  return (object: O, word: string): V => {
    let byWord = answers.get(object);
    if (!byWord) answers.set(object, (byWord = new Map()));
    let answer = byWord.get(word);
    if (answer === undefined) {
      answer = compute(object, word);
      byWord.set(word, answer);
    }
    return answer;
  };
}
