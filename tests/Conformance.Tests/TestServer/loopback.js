// Preloaded into the AutoRest test server (node -r loopback.js .../dist/cli/cli.js --port 0).
// The server calls express' app.listen(port) with no host, which binds every interface, and takes no host option;
// this binds it to 127.0.0.1 instead, and prints the port the OS chose for --port 0 once the server listens, so the
// test fixture needs no free-port guess and knows when the server is ready.
"use strict";
const net = require("net");
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  if (typeof args[0] === "number" && typeof args[1] !== "string") {
    args.splice(1, 0, "127.0.0.1");
  }
  this.once("listening", () => {
    const address = this.address();
    process.stdout.write(`autorest-testserver listening on ${address.address}:${address.port}\n`);
  });
  return listen.apply(this, args);
};
