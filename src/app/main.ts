// Entry: mount the explorer on the graph asset built from the corpus.
import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('app/main: #app is missing from index.html');

mount(App, { target, props: { graphUrl: `${import.meta.env.BASE_URL}graph.json` } });
