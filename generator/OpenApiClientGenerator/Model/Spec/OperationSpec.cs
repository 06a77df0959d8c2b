using OpenApiClientGenerator.Diagnostics;

namespace OpenApiClientGenerator.Model.Spec;

/// <summary>
/// One operation: a path and an HTTP method. <see cref="Key"/> ("GET /pets/{id}") identifies it; <see cref="Location"/>
/// (its operationId, or else the operation) is where a renamed method is reported, <see cref="PathLocation"/> (the path's
/// key) where an operation left out of the fluent API is.
/// </summary>
internal sealed record OperationSpec(
    string Key,
    string? OperationId,
    HttpMethod Method,
    string Path,
    string? Summary,
    string? Description,
    bool IsDeprecated,
    EquatableArray<ParameterSpec> Parameters,
    RequestBodySpec? RequestBody,
    EquatableArray<ResponseSpec> Responses,
    LocationInfo? Location,
    LocationInfo? PathLocation)
{
    /// <summary>How the results continue on further pages (x-ms-pageable, or a recognised next-link shape); null when they do not.</summary>
    public PagingSpec? Paging { get; init; }

    /// <summary>The keys of the security schemes a request may use (any of them); empty when it needs none.</summary>
    public EquatableArray<string> Security { get; init; }

    /// <summary>A HEAD that declares 404: an existence check, answering true for a declared success and false for 404.</summary>
    public bool IsExistenceCheck { get; init; }
}

/// <summary>
/// A parameter. Request body values are parameters too (<see cref="ParameterLocation.Body"/>, or one
/// <see cref="ParameterLocation.FormField"/> per form field). <see cref="Order"/> is the declaration order.
/// </summary>
internal sealed record ParameterSpec(
    string WireName,
    ParameterLocation Location,
    SchemaRef Type,
    bool IsRequired,
    string? Description,
    ParameterStyle Style,
    bool Explode,
    int Order,
    string? ClientName = null)
{
    /// <summary>The value sent when the caller gives none (AutoRest's <c>x-ms-client-default</c>), as the spec writes it; null when there is none.</summary>
    public string? ClientDefault { get; init; }
}

/// <summary>
/// How the request body is encoded; its values are the operation's Body or FormField parameters. <see cref="MediaType"/> is
/// the declared media type it is sent as, unless the caller chooses another of <see cref="MediaTypes"/> (all the declared
/// ones the same value can be sent as).
/// </summary>
internal sealed record RequestBodySpec(BodyKind Kind, string MediaType, string? Description)
{
    public EquatableArray<string> MediaTypes { get; init; } = EquatableArray<string>.Empty;
}

/// <summary>One documented response; <see cref="BodyType"/> is null when it has no body.</summary>
internal sealed record ResponseSpec(
    StatusCode StatusCode,
    string? Description,
    SchemaRef? BodyType,
    BodyKind BodyKind,
    string? MediaType,
    EquatableArray<HeaderSpec> Headers)
{
    /// <summary>
    /// Whether the status is an error the client throws, rather than a result it returns: 4xx, 5xx and default, unless
    /// <c>x-ms-error-response</c> says otherwise (true makes any declared status an error, false a declared 4xx or 5xx a result).
    /// </summary>
    public bool IsError { get; init; }

    /// <summary>
    /// Whether the JSON body may be null or absent (an empty body): its schema is nullable, or the document is Swagger 2.0,
    /// where a body is absent unless its schema says <c>x-nullable: false</c>.
    /// </summary>
    public bool BodyMayBeEmpty { get; init; }

    /// <summary>The media types of its content the body can be read as: what a request accepts.</summary>
    public EquatableArray<string> ReadableMediaTypes { get; init; } = EquatableArray<string>.Empty;
}

/// <summary>A documented response header.</summary>
internal sealed record HeaderSpec(string WireName, SchemaRef Type, string? Description);

/// <summary>
/// How an operation's results continue on further pages: the page's array of items, and where the next page's link is —
/// a property holding its address (<c>nextLink</c>, <c>@odata.nextLink</c>) or a link object with uri, method and headers
/// (Partner Center's <c>links.next</c>). <see cref="NextLink"/> is the path of wire names from the page to that property.
/// </summary>
internal sealed record PagingSpec(string ItemsProperty, SchemaRef ItemType, EquatableArray<string> NextLink, LinkObjectSpec? LinkObject, string PageSchemaId);

/// <summary>The wire names inside a link object: its address, method and headers (each header an object of name and value).</summary>
internal sealed record LinkObjectSpec(string Uri, string? Method, string? Headers, string? HeaderName, string? HeaderValue);

/// <summary>How requests prove who sends them.</summary>
internal enum SecuritySchemeKind
{
    /// <summary>A key sent as a header, query parameter or cookie.</summary>
    ApiKey,

    /// <summary>HTTP basic authentication.</summary>
    Basic,

    /// <summary>An HTTP bearer token (also how OAuth2 and OpenID Connect tokens are sent).</summary>
    Bearer,
}

/// <summary>A security scheme of components/securitySchemes that the client can send.</summary>
internal sealed record SecuritySchemeSpec(string Key, SecuritySchemeKind Kind, string? ParameterName, ParameterLocation? In, string? Description);
