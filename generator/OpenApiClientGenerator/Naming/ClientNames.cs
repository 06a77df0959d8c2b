using System;
using OpenApiClientGenerator.Model;

namespace OpenApiClientGenerator.Naming;

/// <summary>The names of the client-level types, derived from the OpenApiSpec item's ClientName.</summary>
internal sealed record ClientNames(string Client, string Interface, string Options, string Exception)
{
    public string[] All => new[] { Client, Interface, Options, Exception };

    /// <summary>"PartnerCenterClient" gives IPartnerCenterClient, PartnerCenterClientOptions and PartnerCenterException.</summary>
    public static ClientNames From(GeneratorOptions options)
    {
        var client = options.ClientName;
        var stem = client.EndsWith("Client", StringComparison.Ordinal) && client.Length > "Client".Length
            ? client.Substring(0, client.Length - "Client".Length)
            : client;
        return new ClientNames(client, "I" + client, client + "Options", options.ExceptionName ?? stem + "Exception");
    }
}
