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
    LocationInfo? PathLocation);

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
    int Order);

/// <summary>How the request body is encoded; its values are the operation's Body or FormField parameters.</summary>
internal sealed record RequestBodySpec(BodyKind Kind, string MediaType, string? Description);

/// <summary>One documented response; <see cref="BodyType"/> is null when it has no body.</summary>
internal sealed record ResponseSpec(
    StatusCode StatusCode,
    string? Description,
    SchemaRef? BodyType,
    BodyKind BodyKind,
    string? MediaType,
    EquatableArray<HeaderSpec> Headers);

/// <summary>A documented response header.</summary>
internal sealed record HeaderSpec(string WireName, SchemaRef Type, string? Description);
