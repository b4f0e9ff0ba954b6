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
