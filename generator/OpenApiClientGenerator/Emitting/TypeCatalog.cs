using System.Collections.Generic;
using OpenApiClientGenerator.Model;

namespace OpenApiClientGenerator.Emitting;

/// <summary>The generated types of one client by name, for emitters that write a reference differently by its kind.</summary>
internal sealed class TypeCatalog
{
    private readonly Dictionary<string, TypeModel> _byName = new(System.StringComparer.Ordinal);

    public TypeCatalog(ClientModel client)
    {
        foreach (var type in client.Types)
        {
            _byName[type.Name] = type;
        }
    }

    /// <summary>The enum a reference names, if it names one.</summary>
    public EnumModel? Enum(TypeRef type)
        => type.Kind == TypeRefKind.Named && _byName.TryGetValue(type.Name!, out var model) ? model as EnumModel : null;

    /// <summary>The object schema a reference names, if it names one.</summary>
    public ObjectModel? Object(TypeRef type)
        => type.Kind == TypeRefKind.Named && _byName.TryGetValue(type.Name!, out var model) ? model as ObjectModel : null;
}
