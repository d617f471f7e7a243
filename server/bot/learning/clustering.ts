/**
 * Groups the questions the bot could not answer into clusters that mean the same, most
 * frequent first. Greedy leader clustering on cosine similarity: each question joins the
 * nearest cluster centroid when it is close enough, else starts its own. With the model's
 * sentence vectors that is grouping by meaning; when a question has no vector (no model,
 * or recorded before it loaded) every question is compared by character n-grams instead,
 * which still groups rewordings that share most of their words.
 */

export interface ClusterInput {
  id: string;
  text: string;
  /** Epoch milliseconds. */
  at: number;
  vector: Float32Array | null;
}

export interface Cluster {
  ids: string[];
  /** The first question that formed the cluster, then the rest newest first, distinct texts only. */
  samples: string[];
  count: number;
  lastAt: number;
  mode: 'semantic' | 'lexical';
}

export interface ClusterOptions {
  /** Cosine similarity a question needs to a cluster's centroid to join it. */
  semanticThreshold?: number;
  lexicalThreshold?: number;
  /** Sample texts kept per cluster. */
  samples?: number;
}

/**
 * Measured on the multilingual sentence encoder: paraphrases (also across Korean and
 * English) score 0.59–0.68 with each other and higher with a cluster's centroid;
 * unrelated questions 0.34 at most.
 */
export const SEMANTIC_THRESHOLD = 0.5;
export const LEXICAL_THRESHOLD = 0.45;

type Vector = Float32Array | Map<string, number>;

export function clusterQuestions(questions: readonly ClusterInput[], options: ClusterOptions = {}): Cluster[] {
  if (questions.length === 0) return [];
  const dim = questions[0]!.vector?.length ?? 0;
  const semantic = dim > 0 && questions.every((question) => question.vector?.length === dim);
  const threshold = semantic ? (options.semanticThreshold ?? SEMANTIC_THRESHOLD) : (options.lexicalThreshold ?? LEXICAL_THRESHOLD);
  // Oldest first, so a cluster's leader is the first time the question came up and the result does not depend on storage order.
  const ordered = [...questions].sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
  const groups: { sum: Vector; members: ClusterInput[] }[] = [];
  for (const question of ordered) {
    const vector: Vector = semantic ? question.vector! : ngrams(question.text);
    let best = -1;
    let bestScore = threshold;
    groups.forEach((group, i) => {
      const score = cosine(vector, group.sum);
      if (score >= bestScore) {
        best = i;
        bestScore = score;
      }
    });
    if (best < 0) groups.push({ sum: copy(vector), members: [question] });
    else {
      addInto(groups[best]!.sum, vector);
      groups[best]!.members.push(question);
    }
  }
  const mode = semantic ? 'semantic' : 'lexical';
  return groups
    .map(({ members }) => {
      const [leader, ...rest] = members;
      const newestFirst = rest.sort((a, b) => b.at - a.at);
      const samples = [...new Set([leader!, ...newestFirst].map((member) => member.text.trim()))].slice(0, options.samples ?? 5);
      return { ids: members.map((member) => member.id), samples, count: members.length, lastAt: Math.max(...members.map((member) => member.at)), mode } satisfies Cluster;
    })
    .sort((a, b) => b.count - a.count || b.lastAt - a.lastAt);
}

/** Character bigrams and trigrams of each word plus the words themselves, counted (Korean words rarely repeat whole). */
export function ngrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (gram: string) => counts.set(gram, (counts.get(gram) ?? 0) + 1);
  for (const word of text.toLowerCase().normalize('NFC').split(/[^\p{L}\p{N}]+/u).filter(Boolean)) {
    add(`w:${word}`);
    const padded = ` ${word} `;
    for (let n = 2; n <= 3; n++) for (let i = 0; i + n <= padded.length; i++) add(padded.slice(i, i + n));
  }
  return counts;
}

export function cosine(a: Vector, b: Vector): number {
  if (a instanceof Float32Array && b instanceof Float32Array) {
    let dot = 0;
    let na = 0;
    let nb = 0;
    for (let i = 0; i < a.length; i++) {
      dot += a[i]! * b[i]!;
      na += a[i]! * a[i]!;
      nb += b[i]! * b[i]!;
    }
    return na && nb ? dot / Math.sqrt(na * nb) : 0;
  }
  const sa = a as Map<string, number>;
  const sb = b as Map<string, number>;
  let dot = 0;
  for (const [gram, count] of sa) dot += count * (sb.get(gram) ?? 0);
  const norm = (v: Map<string, number>) => Math.sqrt([...v.values()].reduce((sum, c) => sum + c * c, 0));
  const denominator = norm(sa) * norm(sb);
  return denominator ? dot / denominator : 0;
}

const copy = (vector: Vector): Vector => (vector instanceof Float32Array ? Float32Array.from(vector) : new Map(vector));

/** The centroid is kept as a sum: cosine does not care about its length. */
function addInto(sum: Vector, vector: Vector) {
  if (sum instanceof Float32Array) {
    const v = vector as Float32Array;
    for (let i = 0; i < sum.length; i++) sum[i] = sum[i]! + v[i]!;
    return;
  }
  for (const [gram, count] of vector as Map<string, number>) sum.set(gram, (sum.get(gram) ?? 0) + count);
}
