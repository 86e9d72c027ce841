// A single-writer, single-reader byte ring over a SharedArrayBuffer: the Python worker writes its output
// into it without waiting, and the sandbox page reads it every few milliseconds. Unlike messages batched by
// the worker, nothing waits in the worker for a flush that could only come after a long computation.
// Loaded by sandbox.html (reader) and by the worker (writer); classic script, defines self.PairpadRing.
'use strict';
self.PairpadRing = (() => {
  const HEADER_BYTES = 8; // Int32 [bytes written, bytes read], both counting up and wrapping at 2^31
  const RECORD_HEADER = 5; // stream id, then the payload length (32 bits, little-endian)

  function views(buffer) {
    const counters = new Int32Array(buffer, 0, 2);
    const data = new Uint8Array(buffer, HEADER_BYTES);
    return { counters, data, mask: data.length - 1 };
  }

  /** A ring holding capacity bytes; capacity must be a power of two. */
  function create(capacity) {
    return new SharedArrayBuffer(HEADER_BYTES + capacity);
  }

  /** write(streamId, text); waitForSpace(counters, readCount) blocks briefly while the reader is behind. */
  function writer(buffer, waitForSpace) {
    const { counters, data, mask } = views(buffer);
    const encoder = new TextEncoder();
    const largest = data.length / 2 - RECORD_HEADER;
    const put = (bytes, at) => {
      for (let i = 0; i < bytes.length; i++) data[(at + i) & mask] = bytes[i];
    };
    return (streamId, text) => {
      const bytes = encoder.encode(text);
      for (let offset = 0; offset < bytes.length; offset += largest) {
        const chunk = bytes.subarray(offset, offset + largest); // the reader's decoder joins split characters
        const needed = RECORD_HEADER + chunk.length;
        for (;;) {
          const read = Atomics.load(counters, 1);
          if (data.length - ((Atomics.load(counters, 0) - read) | 0) >= needed) break;
          waitForSpace(counters, read);
        }
        const at = Atomics.load(counters, 0);
        const length = chunk.length;
        put([streamId, length & 255, (length >> 8) & 255, (length >> 16) & 255, (length >>> 24) & 255], at);
        put(chunk, at + RECORD_HEADER);
        Atomics.store(counters, 0, (at + needed) | 0);
      }
    };
  }

  /** A function that hands every complete record to deliver(streamId, text), in order, and frees its space. */
  function reader(buffer, deliver) {
    const { counters, data, mask } = views(buffer);
    const decoders = new Map();
    return () => {
      const written = Atomics.load(counters, 0);
      let read = Atomics.load(counters, 1);
      while (read !== written) {
        const streamId = data[read & mask];
        const length = data[(read + 1) & mask] | (data[(read + 2) & mask] << 8)
            | (data[(read + 3) & mask] << 16) | (data[(read + 4) & mask] << 24);
        const bytes = new Uint8Array(length);
        for (let i = 0; i < length; i++) bytes[i] = data[(read + RECORD_HEADER + i) & mask];
        if (!decoders.has(streamId)) decoders.set(streamId, new TextDecoder());
        deliver(streamId, decoders.get(streamId).decode(bytes, { stream: true }));
        read = (read + RECORD_HEADER + length) | 0;
      }
      Atomics.store(counters, 1, read);
      Atomics.notify(counters, 1);
    };
  }

  return { create, writer, reader };
})();
