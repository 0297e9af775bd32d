// Entry: mount the explorer, on the graph asset built from the corpus or, when
// the page comes from `kg serve`, on the server's API (ServerApp, a chunk of
// its own).
import { mount } from 'svelte';
import App from './App.svelte';
import { parseOrigins } from './lib/graph-fetch.ts';
import { ApiClient } from './lib/api-client.ts';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('app/main: #app is missing from index.html');

// `?graph=URL` opens another graph (an asset, or a graph JSON from `npm run kg`) from this
// site or an origin VITE_GRAPH_ORIGINS lists, else the corpus's own graph with a message;
// `?renderer=webgl` draws big graphs with WebGL.
const params = new URLSearchParams(location.search);
const ownGraph = `${import.meta.env.BASE_URL}graph.json`;
const graphUrl = params.get('graph') ?? ownGraph;
const graphOrigins = parseOrigins(import.meta.env.VITE_GRAPH_ORIGINS);

// `kg serve` marks the page it serves (src/cli/serve-static.ts); on a static host (vite preview, npm start)
// there is no mark, nothing is asked first, and the app is as it always was.
const marked = document.querySelector('meta[name="kg-api"]') !== null;
const server = marked && !params.has('graph') ? await ApiClient.detect(location.origin) : null;
if (server) {
  const { default: ServerApp } = await import('./ServerApp.svelte');
  target.replaceChildren();
  mount(ServerApp, { target, props: server });
} else {
  // index.html's loading page goes: mount() adds to what is there.
  target.replaceChildren();
  mount(App, { target, props: { graphUrl, fallbackUrl: ownGraph, graphOrigins, webgl: params.get('renderer') === 'webgl' } });
}
