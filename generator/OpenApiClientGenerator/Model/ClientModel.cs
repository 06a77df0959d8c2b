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
}
