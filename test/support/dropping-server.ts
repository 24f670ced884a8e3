// A target that accepts each connection and drops it at once, as a crashed backend behind a load
// balancer does: `drop` closes or resets the socket. It counts the connections it was offered.
import { type AddressInfo, createServer, type Server, type Socket } from 'node:net';

export interface DroppingServer {
  url: string;
  connections: () => number;
  close: () => Promise<void>;
}

export async function droppingServer(drop: (socket: Socket) => void = (socket) => socket.destroy()): Promise<DroppingServer> {
  let connections = 0;
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    connections++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    drop(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    connections: () => connections,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
