namespace OpenApiClientGenerator.Model;

internal enum ParameterLocation
{
    Path,
    Query,
    Header,
    Cookie,
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
    EquatableArray<ResponseModel> Responses)
{
    public string AsyncMethodName => MethodName + "Async";
}

/// <summary>A parameter; <see cref="Name"/> is the C# parameter name and <see cref="WireName"/> the exact name on the wire.</summary>
internal sealed record ParameterModel(
    string Name,
    string WireName,
    ParameterLocation Location,
    TypeRef Type,
    bool IsRequired,
    string? Description);

/// <summary>
/// One documented response. <see cref="StatusCode"/> is "200", "4XX" or "default";
/// <see cref="BodyType"/> is null when the response has no JSON body.
/// </summary>
internal sealed record ResponseModel(string StatusCode, string? Description, TypeRef? BodyType)
{
    public bool IsSuccess => StatusCode.Length == 3 && StatusCode[0] == '2';
}
