namespace OpenApiClientGenerator.Model;

internal enum ParameterLocation
{
    Path,
    Query,
    Header,
    Cookie,

    /// <summary>The whole request body (JSON, binary or text).</summary>
    Body,

    /// <summary>One field of a form (urlencoded or multipart) request body.</summary>
    FormField,
}

/// <summary>How a request or response body is encoded.</summary>
internal enum BodyKind
{
    None,
    Json,
    FormUrlEncoded,
    Multipart,
    Binary,
    Text,
}

/// <summary>One HTTP operation, emitted as one async method on the client.</summary>
internal sealed record OperationModel(
    string MethodName,
    string OperationId,
    string HttpMethod,
    string Path,
    string? Summary,
    string? Description,
    bool IsDeprecated,
    EquatableArray<ParameterModel> Parameters,
    RequestBodyModel? RequestBody,
    EquatableArray<ResponseModel> Responses)
{
    public string AsyncMethodName => MethodName + "Async";

    /// <summary>How the results continue on further pages; null when they do not.</summary>
    public PagingModel? Paging { get; init; }

    /// <summary>The keys of the client's security schemes a request of this operation may use (<see cref="ClientModel.SecuritySchemes"/>).</summary>
    public EquatableArray<string> Security { get; init; }

    /// <summary>A HEAD that declares 404: it returns true for a declared success and false for 404.</summary>
    public bool IsExistenceCheck { get; init; }
    /// <summary>The method (without Async) that returns the value with the response's status and headers.</summary>
    public string WithResponseMethodName { get; init; } = MethodName + "WithResponse";

    /// <summary>The private method (without Async) that does the call for the public ones (plain, with response, pages).</summary>
    public string CoreMethodName { get; init; } = MethodName + "Core";
}

/// <summary>
/// Paging: the page's items property and their type, the path of properties from the page to the next link (a string
/// address, or a link object), and the name of the method that walks every page.
/// </summary>
internal sealed record PagingModel(
    string ItemsProperty,
    TypeRef ItemType,
    EquatableArray<string> NextLinkPath,
    LinkObjectModel? LinkObject,
    string AllItemsMethodName);

/// <summary>The C# property names of a link object: its address, and the method and headers to request it with (null when it has none).</summary>
internal sealed record LinkObjectModel(string Uri, string? Method, string? Headers, string? HeaderName, string? HeaderValue);

/// <summary>
/// A parameter; <see cref="Name"/> is the C# parameter name and <see cref="WireName"/> the exact name on the wire.
/// <see cref="Style"/> and <see cref="Explode"/> say how arrays and objects are serialized (OpenAPI defaults when absent).
/// </summary>
internal sealed record ParameterModel(
    string Name,
    string WireName,
    ParameterLocation Location,
    TypeRef Type,
    bool IsRequired,
    string? Description,
    string Style = "",
    bool Explode = true)
{
    /// <summary>The value sent when the caller gives none (x-ms-client-default), as the spec writes it; null when there is none.</summary>
    public string? ClientDefault { get; init; }
}

/// <summary>The request body: how it is encoded; its values are the operation's Body or FormField parameters.</summary>
internal sealed record RequestBodyModel(BodyKind Kind, string MediaType, string? Description);

/// <summary>
/// One documented response. <see cref="StatusCode"/> is "200", "4XX" or "default";
/// <see cref="BodyType"/> is null when the response has no body. The first result of an operation that returns a result
/// record holds its name (<see cref="ResultTypeName"/>) and the headers of all its results.
/// </summary>
internal sealed record ResponseModel(
    string StatusCode,
    string? Description,
    TypeRef? BodyType,
    BodyKind BodyKind = BodyKind.None,
    string? MediaType = null,
    EquatableArray<HeaderModel> Headers = default,
    string? ResultTypeName = null)
{
    public bool IsSuccess => StatusCode.Length == 3 && StatusCode[0] == '2';

    /// <summary>Whether the operation returns this response (a declared 2xx or 3xx, or a status the spec says is no error) rather than throwing it.</summary>
    public bool IsResult { get; init; }

    /// <summary>Whether the JSON body may be null or empty (no bytes), read as null.</summary>
    public bool BodyMayBeEmpty { get; init; }

    /// <summary>
    /// When the operation's results carry different bodies: the property of its result record that holds this one's
    /// (<c>Ok</c>, <c>Created</c>…); null otherwise.
    /// </summary>
    public string? ResultProperty { get; init; }

    /// <summary>The media types the body can be read as (the request's <c>Accept</c> lists those of every result).</summary>
    public EquatableArray<string> ReadableMediaTypes { get; init; } = EquatableArray<string>.Empty;
}

/// <summary>A documented response header, read into a typed property of the operation's result.</summary>
internal sealed record HeaderModel(string Name, string WireName, TypeRef Type, string? Description);
