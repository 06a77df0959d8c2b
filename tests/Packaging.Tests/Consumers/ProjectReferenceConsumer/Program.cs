using Ping.Api.Models;

// Compiles only if the YAML spec was generated: the Pong model comes from ping.openapi.yaml.
Console.WriteLine(new Pong { Message = "pong" }.Message);
