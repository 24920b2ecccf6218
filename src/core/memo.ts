/**
 * A function of a string, remembered: linting asks the same questions again and again (the same COPY sources,
 * variable names and RUN scripts across a project's Dockerfiles). Forgotten all at once past `limit` answers, so a
 * huge project, or an image listing hundreds of thousands of paths, does not grow it without end.
 */
export function memoize<T>(compute: (key: string) => T, limit = 10_000): (key: string) => T {
  const answers = new Map<string, T>();
  return (key) => {
    if (answers.has(key)) return answers.get(key) as T;
    const answer = compute(key);
    if (answers.size >= limit) answers.clear();
    answers.set(key, answer);
    return answer;
  };
}
