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
  const steps = clusterSteps(questions, options);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** The same, giving other work on the event loop a turn every few dozen questions (a site keeps up to a thousand). */
export async function clusterQuestionsAsync(questions: readonly ClusterInput[], options: ClusterOptions = {}): Promise<Cluster[]> {
  const steps = clusterSteps(questions, options);
  let step = steps.next();
  while (!step.done) {
    await new Promise((resolve) => setImmediate(resolve));
    step = steps.next();
  }
  return step.value;
}

interface Group {
  sum: Vector;
  /** The sum's length, kept so each comparison is one dot product. */
  norm: number;
  members: ClusterInput[];
}

function* clusterSteps(questions: readonly ClusterInput[], options: ClusterOptions): Generator<void, Cluster[]> {
  if (questions.length === 0) return [];
  const dim = questions[0]!.vector?.length ?? 0;
  const semantic = dim > 0 && questions.every((question) => question.vector?.length === dim);
  const threshold = semantic ? (options.semanticThreshold ?? SEMANTIC_THRESHOLD) : (options.lexicalThreshold ?? LEXICAL_THRESHOLD);
  // Oldest first, so a cluster's leader is the first time the question came up and the result does not depend on storage order.
  const ordered = [...questions].sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
  const groups: Group[] = [];
  for (const [n, question] of ordered.entries()) {
    if (n > 0 && n % 25 === 0) yield;
    const vector = unit(semantic ? question.vector! : ngrams(question.text));
    let best: Group | null = null;
    let bestScore = threshold;
    for (const group of groups) {
      const score = group.norm ? dot(vector, group.sum) / group.norm : 0;
      if (score >= bestScore) {
        best = group;
        bestScore = score;
      }
    }
    if (!best) groups.push({ sum: copy(vector), norm: 1, members: [question] });
    else {
      addInto(best.sum, vector);
      best.norm = length(best.sum);
      best.members.push(question);
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
  const lengths = length(a) * length(b);
  return lengths ? dot(a, b) / lengths : 0;
}

function dot(a: Vector, b: Vector): number {
  let sum = 0;
  if (a instanceof Float32Array) {
    const v = b as Float32Array;
    for (let i = 0; i < a.length; i++) sum += a[i]! * v[i]!;
    return sum;
  }
  const v = b as Map<string, number>;
  for (const [gram, count] of a) sum += count * (v.get(gram) ?? 0);
  return sum;
}

const length = (vector: Vector) => Math.sqrt(dot(vector, vector));

function unit(vector: Vector): Vector {
  const size = length(vector);
  if (!size) return vector;
  if (vector instanceof Float32Array) return vector.map((value) => value / size);
  return new Map([...vector].map(([gram, count]) => [gram, count / size]));
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
