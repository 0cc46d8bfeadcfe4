/**
 * The comment each thread starts from, for every comment at once: root[i] = root[parent(i)],
 * so a reply chain of any depth costs one step per comment (walking up from each comment was
 * quadratic on a long chain of replies). `parentOf[i]` is the index of i's parent, or -1.
 * Where a chain runs into a parent cycle (hostile input), the walk stops at the first comment
 * seen twice, and that comment is the root for every comment that led to it.
 */
export function threadRoots(parentOf: readonly number[]): number[] {
  const roots = new Array<number>(parentOf.length).fill(-1);
  const onPath = new Uint8Array(parentOf.length);
  const path: number[] = [];
  for (let start = 0; start < parentOf.length; start++) {
    if (roots[start] !== -1) continue;
    let at = start;
    let root = -1;
    for (;;) {
      if (roots[at] !== -1) { root = roots[at]!; break; }
      if (onPath[at]) { root = at; break; }
      onPath[at] = 1;
      path.push(at);
      const up = parentOf[at]!;
      if (up < 0 || up >= parentOf.length) { root = at; break; }
      at = up;
    }
    for (const node of path) { roots[node] = root; onPath[node] = 0; }
    path.length = 0;
  }
  return roots;
}

/** `parentOf` for comments that name their parent by id: -1 where the parent is not among them. */
export function parentIndexes(comments: readonly { parentId: string | null }[], byId: ReadonlyMap<string, number>): number[] {
  return comments.map((comment) => (comment.parentId ? byId.get(comment.parentId) ?? -1 : -1));
}
