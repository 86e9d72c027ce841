/// <reference types="vite/client" />

/** Read-only views of the room or playback page, for tests and debugging in the browser console. */
interface Window { pairpad?: { text(): string; notes(): string | undefined } }
