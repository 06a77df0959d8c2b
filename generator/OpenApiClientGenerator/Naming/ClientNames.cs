using System;
using OpenApiClientGenerator.Model;

namespace OpenApiClientGenerator.Naming;

/// <summary>The names of the client-level types, derived from the OpenApiSpec item's ClientName.</summary>
internal sealed record ClientNames(string Client, string Interface, string Options, string Exception)
{
    /// <summary>The response type: a generic <c>…Response&lt;T&gt;</c> beside a plain one, which a schema must not take.</summary>
    public string Response { get; init; } = Client + "Response";

    /// <summary>The generic pageable and page types (a schema never clashes with them: its type is not generic).</summary>
    public string Pageable { get; init; } = Client + "Pageable";

    public string Page { get; init; } = Client + "Page";

    public string[] All => new[] { Client, Interface, Options, Exception, Response };

    /// <summary>"PartnerCenterClient" gives IPartnerCenterClient, PartnerCenterClientOptions and PartnerCenterException.</summary>
    public static ClientNames From(GeneratorOptions options)
    {
        var client = options.ClientName;
        var stem = client.EndsWith("Client", StringComparison.Ordinal) && client.Length > "Client".Length
            ? client.Substring(0, client.Length - "Client".Length)
            : client;
        return new ClientNames(client, "I" + client, client + "Options", options.ExceptionName ?? stem + "Exception")
        {
            Response = stem + "Response",
            Pageable = stem + "Pageable",
            Page = stem + "Page",
        };
    }
}
