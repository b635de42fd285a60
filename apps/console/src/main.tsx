import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { session } from './api';
import { Link, navigate, usePath } from './router';
import { Landing } from './pages/landing';
import { ClusterPage } from './pages/cluster-page';
import { ExerciseList, ExercisePage, AttemptPage } from './pages/exercises';
import './console.css';

function App() {
  const path = usePath();
  const [signedIn, setSignedIn] = useState(session.key() !== null);
  const signOut = () => {
    session.signOut();
    setSignedIn(false);
    navigate('/');
  };
  let page;
  let match: RegExpMatchArray | null;
  if (!signedIn || path === '/' || path === '/console' || path === '/console/') {
    page = <Landing signedIn={signedIn} onSignIn={() => setSignedIn(true)} />;
  } else if ((match = path.match(/^\/console\/clusters\/([^/]+)$/))) {
    page = <ClusterPage clusterId={decodeURIComponent(match[1])} />;
  } else if (path === '/console/exercises') {
    page = <ExerciseList />;
  } else if ((match = path.match(/^\/console\/exercises\/([^/]+)$/))) {
    page = <ExercisePage slug={decodeURIComponent(match[1])} />;
  } else if ((match = path.match(/^\/console\/attempts\/([^/]+)$/))) {
    page = <AttemptPage attemptId={decodeURIComponent(match[1])} />;
  } else {
    page = (
      <main className="page">
        <h1>Not found</h1>
        <p>
          No console page at {path}. <Link to="/">Back to the start</Link>.
        </p>
      </main>
    );
  }
  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="bar">
        <Link to="/" className="brand">
          Kube Network Sandbox
        </Link>
        <nav aria-label="Main">
          {signedIn && <Link to="/">Clusters</Link>}
          {signedIn && <Link to="/console/exercises">Exercises</Link>}
          <a href="/graphql">GraphQL</a>
          <a href="/docs">REST docs</a>
          {signedIn && (
            <button type="button" className="link" onClick={signOut} data-testid="sign-out">
              Sign out
            </button>
          )}
        </nav>
      </header>
      <div id="main">{page}</div>
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
