import { useEffect, useState } from 'react';
import { api, enc } from '../api';
import { Link, navigate } from '../router';
import type { Attempt, Exercise, Grading } from '../types';
import { ClusterPage } from './cluster-page';

/** **bold** shown bold, the rest as text. */
function inline(text: string) {
  return text
    .split(/(\*\*[^*]+\*\*)/)
    .map((part, j) =>
      part.startsWith('**') && part.endsWith('**') ? (
        <strong key={j}>{part.slice(2, -2)}</strong>
      ) : (
        part
      ),
    );
}

/** Exercise text: paragraphs and "- " lists kept, **bold** shown bold, nothing else interpreted. */
function Instructions({ text }: { text: string }) {
  return (
    <div className="instructions">
      {text.split(/\n{2,}/).map((block, i) => {
        const lines = block.trim().split('\n');
        if (lines.every((l) => l.startsWith('- '))) {
          return (
            <ul key={i}>
              {lines.map((l, j) => (
                <li key={j}>{inline(l.slice(2))}</li>
              ))}
            </ul>
          );
        }
        return <p key={i}>{inline(block)}</p>;
      })}
    </div>
  );
}

function Score({ grading }: { grading: { score: number; maxScore: number } | null }) {
  if (!grading) return <span className="muted">not graded</span>;
  return (
    <span>
      {grading.score} / {grading.maxScore}
    </span>
  );
}

/** The attempts this key may see: a learner's own, or (instructor, admin) the whole class's. */
function Attempts() {
  const [attempts, setAttempts] = useState<Attempt[]>();
  useEffect(() => {
    api<{ items: Attempt[] }>('/v1/attempts')
      .then((r) => setAttempts(r.items))
      .catch(() => setAttempts([]));
  }, []);
  if (!attempts) return <p>Loading attempts…</p>;
  return (
    <section aria-labelledby="attempts-title">
      <h2 id="attempts-title">Attempts and scores</h2>
      <p className="muted">Learners see their own attempts; instructors see their class&rsquo;s.</p>
      {attempts.length === 0 ? (
        <p>No attempt yet.</p>
      ) : (
        <table className="attempts">
          <thead>
            <tr>
              <th scope="col">learner</th>
              <th scope="col">exercise</th>
              <th scope="col">started</th>
              <th scope="col">score</th>
            </tr>
          </thead>
          <tbody>
            {attempts.map((a) => (
              <tr key={a.id} data-testid="attempt-row" data-attempt-id={a.id}>
                <td>{a.learnerName}</td>
                <td>
                  <Link to={`/console/attempts/${enc(a.id)}`}>{a.exerciseSlug}</Link>
                </td>
                <td>{new Date(a.createdAt).toLocaleString()}</td>
                <td>
                  <Score grading={a.lastGrading} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function ExerciseList() {
  const [exercises, setExercises] = useState<Exercise[]>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    api<{ items: Exercise[] }>('/v1/exercises')
      .then((r) => setExercises(r.items))
      .catch((e: Error) => setError(e.message));
  }, []);
  return (
    <main className="page">
      <h1>Exercises</h1>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <ul className="exercises" data-testid="exercise-list">
        {(exercises ?? []).map((x) => (
          <li key={x.slug} data-testid="exercise-item" data-slug={x.slug}>
            <Link to={`/console/exercises/${enc(x.slug)}`}>{x.title}</Link>{' '}
            <span className="muted">
              {x.difficulty} · {(x.tags ?? []).join(', ')}
            </span>
          </li>
        ))}
      </ul>
      <Attempts />
    </main>
  );
}

export function ExercisePage({ slug }: { slug: string }) {
  const [exercise, setExercise] = useState<Exercise>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    api<Exercise>(`/v1/exercises/${enc(slug)}`)
      .then(setExercise)
      .catch((e: Error) => setError(e.message));
  }, [slug]);
  const start = async () => {
    setBusy(true);
    try {
      const { attempt } = await api<{ attempt: Attempt }>(`/v1/exercises/${enc(slug)}/attempts`, {
        method: 'POST',
      });
      navigate(`/console/attempts/${enc(attempt.id)}`);
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  };
  if (error)
    return (
      <main className="page">
        <p role="alert" className="error">
          {error}
        </p>
      </main>
    );
  if (!exercise) return <main className="page">Loading…</main>;
  return (
    <main className="page">
      <h1 data-testid="exercise-title">{exercise.title}</h1>
      <Instructions text={exercise.instructions} />
      <h2>Checks</h2>
      <ul>
        {(exercise.checks ?? []).map((c) => (
          <li key={c.id}>
            {c.description} <span className="muted">({c.points} points)</span>
          </li>
        ))}
      </ul>
      <button
        type="button"
        data-testid="exercise-start"
        disabled={busy}
        onClick={() => void start()}
      >
        Start an attempt
      </button>
    </main>
  );
}

export function AttemptPage({ attemptId }: { attemptId: string }) {
  const [attempt, setAttempt] = useState<Attempt>();
  const [exercise, setExercise] = useState<Exercise>();
  const [grading, setGrading] = useState<Grading>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    api<Attempt>(`/v1/attempts/${enc(attemptId)}`)
      .then((a) => {
        setAttempt(a);
        return api<Exercise>(`/v1/exercises/${enc(a.exerciseSlug)}`).then(setExercise);
      })
      .catch((e: Error) => setError(e.message));
  }, [attemptId]);
  const grade = async () => {
    setBusy(true);
    setError(undefined);
    try {
      setGrading(await api<Grading>(`/v1/attempts/${enc(attemptId)}/grade`, { method: 'POST' }));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  if (!attempt)
    return (
      <main className="page">
        {error ? (
          <p role="alert" className="error">
            {error}
          </p>
        ) : (
          'Loading…'
        )}
      </main>
    );
  return (
    <main className="page">
      <h1>Attempt: {exercise?.title ?? attempt.exerciseSlug}</h1>
      {exercise && (
        <details open>
          <summary>The exercise</summary>
          <Instructions text={exercise.instructions} />
        </details>
      )}
      <p>
        Change the attempt&rsquo;s cluster (REST, GraphQL, kubectl or the policy editor below), then
        grade it.{' '}
        <Link to={`/console/clusters/${enc(attempt.clusterId)}`} testId="attempt-cluster-link">
          Open the cluster view
        </Link>
      </p>
      <button
        type="button"
        data-testid="attempt-grade"
        disabled={busy}
        onClick={() => void grade()}
      >
        Grade
      </button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {grading && (
        <section aria-labelledby="grade-title" data-testid="grade-result">
          <h2 id="grade-title">
            Score{' '}
            <span data-testid="grade-score">
              {grading.score} / {grading.maxScore}
            </span>{' '}
            {grading.passed ? '✓ passed' : '✗ not yet'}
          </h2>
          <ul className="checks">
            {grading.checks.map((c) => (
              <li
                key={c.id}
                data-testid="grade-check"
                data-check={c.id}
                data-passed={String(c.passed)}
                className={c.passed ? 'allowed' : 'denied'}
              >
                <strong>
                  {c.passed ? '✓' : '✗'} {c.description}
                </strong>{' '}
                ({c.earned}/{c.points}){!c.passed && c.explanation && <p>{c.explanation}</p>}
                {!c.passed && c.hint && <p className="hint">Hint: {c.hint}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <ClusterPage clusterId={attempt.clusterId} embedded />
    </main>
  );
}
