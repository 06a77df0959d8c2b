using System.Linq;

namespace OpenApiClientGenerator.Model;

/// <summary>Everything the emitters need for one spec: names, types, operations and the fluent path tree.</summary>
internal sealed record ClientModel(
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
    EquatableArray<RequestBuilderAccessor> RootAccessors)
{
    public string ModelsNamespace => Namespace + ".Models";

    public string SerializationNamespace => Namespace + ".Serialization";

    public string RequestBuildersNamespace => Namespace + ".RequestBuilders";

    /// <summary>Whether the Models namespace has types (schemas, or operation results with headers).</summary>
    public bool HasModels => Types.Count > 0 || Operations.Any(operation => operation.Responses.Any(response => response.ResultTypeName is not null));

    /// <summary>Whether anything in the spec is deprecated (and so generated as [Obsolete]).</summary>
    public bool UsesDeprecated
        => Types.Any(type => type.IsDeprecated || (type is ObjectModel model && model.Properties.Any(property => property.IsDeprecated)))
           || Operations.Any(operation => operation.IsDeprecated);
}
