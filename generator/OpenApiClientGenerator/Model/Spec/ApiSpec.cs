using OpenApiClientGenerator.Diagnostics;

namespace OpenApiClientGenerator.Model.Spec;

/// <summary>
/// What an OpenAPI document means, and nothing about C#: the parser's output. Schemas that become types are listed with
/// where their names come from (<see cref="NameHint"/>), operations with their HTTP meaning. The naming pass
/// (<see cref="Naming.ClientModelBuilder"/>) turns it into the <see cref="ClientModel"/> the emitters write.
/// It lives only inside the parse step (it is not a pipeline value), so it may carry locations for the naming pass's diagnostics.
/// </summary>
internal sealed record ApiSpec(
    string SpecPath,
    string? Title,
    string? Description,
    string? DefaultBaseAddress,
    EquatableArray<SchemaSpec> Schemas,
    EquatableArray<OperationSpec> Operations,
    LocationInfo? PathsLocation);
