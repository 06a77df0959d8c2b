namespace OpenApiClientGenerator.Model;

/// <summary>
/// One node of the fluent path API (for /customers/{id}/usage: Customers, ById(id), Usage). It remembers the path
/// parameters collected on the way and offers the operations defined on its path.
/// </summary>
internal sealed record RequestBuilderModel(
    string Name,
    string PathTemplate,
    EquatableArray<ParameterModel> PathParameters,
    EquatableArray<RequestBuilderAccessor> Children,
    EquatableArray<RequestBuilderOperation> Operations)
{
    /// <summary>The builder of the first path segment: a segment's builders share one generated file.</summary>
    public string? File { get; init; }
}

/// <summary>
/// How to reach a child builder: a property for a literal segment (<c>.Analytics</c>) or a method taking the
/// parameter for a parameter segment (<c>.ById(customerId)</c>).
/// </summary>
internal sealed record RequestBuilderAccessor(string MemberName, string TargetBuilder, string Segment, ParameterModel? Parameter);

/// <summary>
/// An operation offered by a builder, named after its HTTP method (<c>GetAsync</c>), with its variant that also returns
/// the response (<c>GetWithResponseAsync</c>) and, for a pageable operation, the one that walks every page (<c>GetAllAsync</c>).
/// </summary>
internal sealed record RequestBuilderOperation(string MethodName, string OperationMethodName)
{
    public string WithResponseMethodName { get; init; } = MethodName.Replace("Async", "WithResponseAsync");

    public string? AllMethodName { get; init; }
}
