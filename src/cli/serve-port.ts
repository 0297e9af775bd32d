// The port `kg serve` listens on unless told (a module of its own: the help and the parser need it, not the server).
export const DEFAULT_PORT = 8790;
