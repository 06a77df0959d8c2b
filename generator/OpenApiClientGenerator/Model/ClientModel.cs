using System.Collections.Generic;
using System.Linq;

namespace OpenApiClientGenerator.Model;

/// <summary>Everything the emitters need for one spec: names, types, operations and the fluent path tree.</summary>
internal sealed record ClientModel(
    string SpecPath,
    string Namespace,
    string ClientName,
    string InterfaceName,
    string OptionsName,
    string ExceptionName,
    string? Title,
    string? Description,
    string? DefaultBaseAddress,
    EquatableArray<TypeModel> Types,
    EquatableArray<OperationModel> Operations,
    EquatableArray<RequestBuilderModel> RequestBuilders,
    EquatableArray<RequestBuilderAccessor> RootAccessors,
    bool HasModels,
    bool UsesDeprecated)
{
    /// <summary>The security schemes the operations use, each a credential option of the client.</summary>
    public EquatableArray<SecuritySchemeModel> SecuritySchemes { get; init; }

    /// <summary>
    /// Header names the spec declares as credentials (its apiKey security schemes in headers): generated exceptions leave
    /// them out, as they leave out every header that looks like a credential.
    /// </summary>
    public EquatableArray<string> SecretHeaders { get; init; } = EquatableArray<string>.Empty;

    /// <summary>The type returned with a response's status and headers (<c>…Response</c>, and <c>…Response&lt;T&gt;</c> with a value).</summary>
    public string ResponseName { get; init; } = ClientName + "Response";

    /// <summary>The generic type of a pageable operation's items across pages (<c>…Pageable&lt;T&gt;</c>).</summary>
    public string PageableName { get; init; } = ClientName + "Pageable";

    /// <summary>The generic type of one page (<c>…Page&lt;T&gt;</c>).</summary>
    public string PageName { get; init; } = ClientName + "Page";

    /// <summary>The name of the client's ActivitySource and Meter: its namespace.</summary>
    public string TelemetryName => Namespace;

    public string ModelsNamespace => Namespace + ".Models";

    public string SerializationNamespace => Namespace + ".Serialization";

    public string RequestBuildersNamespace => Namespace + ".RequestBuilders";

    /// <summary>Whether the Models namespace has types (schemas, or operation results with headers).</summary>
    public static bool ComputeHasModels(IReadOnlyCollection<TypeModel> types, IEnumerable<OperationModel> operations)
        => types.Count > 0 || operations.Any(operation => operation.Responses.Any(response => response.ResultTypeName is not null));

    /// <summary>Whether anything in the spec is deprecated (and so generated as [Obsolete]).</summary>
    public static bool ComputeUsesDeprecated(IEnumerable<TypeModel> types, IEnumerable<OperationModel> operations)
        => types.Any(type => type.IsDeprecated || (type is ObjectModel model && model.Properties.Any(property => property.IsDeprecated)))
           || operations.Any(operation => operation.IsDeprecated);
}

/// <summary>
/// A security scheme the client can send: <see cref="OptionName"/> is the client option that supplies its credential;
/// <see cref="WireName"/> and <see cref="Location"/> say where an API key goes.
/// </summary>
internal sealed record SecuritySchemeModel(string Key, Spec.SecuritySchemeKind Kind, string OptionName, string? WireName, ParameterLocation? Location, string? Description);
