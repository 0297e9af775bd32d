// Entry: mount the explorer on the graph asset built from the corpus.
import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('app/main: #app is missing from index.html');

// `?graph=URL` opens another graph (an asset, or a graph JSON from `npm run kg`); `?renderer=webgl` draws big graphs with WebGL.
const params = new URLSearchParams(location.search);
const graphUrl = params.get('graph') ?? `${import.meta.env.BASE_URL}graph.json`;
mount(App, { target, props: { graphUrl, webgl: params.get('renderer') === 'webgl' } });
