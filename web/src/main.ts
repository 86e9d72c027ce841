import './style.css';
import { showHome } from './home/home-page';

/** Routes on the path: `/` is the home page, `/r/{id}` a room (its key is in the fragment). */
const root = document.getElementById('app');
if (root === null) throw new Error('index.html has no #app element');
const room = /^\/r\/([^/]+)\/?$/.exec(window.location.pathname);
if (room !== null) {
  const id = decodeURIComponent(room[1]!);
  // Monaco is large: the room page loads it on demand, so the home page stays light.
  void import('./room/room-page').then((m) => m.showRoom(root, id));
} else {
  showHome(root);
}
