import './style.css';
import { showHome } from './home/home-page';

/** Routes on the path: `/` home, `/r/{id}` a room, `/r/{id}/playback` its playback (the key is in the fragment). */
const root = document.getElementById('app');
if (root === null) throw new Error('index.html has no #app element');
const room = /^\/r\/([^/]+)\/?$/.exec(window.location.pathname);
const playback = /^\/r\/([^/]+)\/playback\/?$/.exec(window.location.pathname);
if (playback !== null) {
  const id = decodeURIComponent(playback[1]!);
  void import('./playback/playback-page').then((m) => m.showPlayback(root, id));
} else if (room !== null) {
  const id = decodeURIComponent(room[1]!);
  // Monaco is large: the room page loads it on demand, so the home page stays light.
  void import('./room/room-page').then((m) => m.showRoom(root, id));
} else {
  showHome(root);
}
