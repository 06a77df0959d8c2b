using System.Collections.Generic;
using System.Linq;
using OpenApiClientGenerator.Model;

namespace OpenApiClientGenerator.Emitting;

/// <summary>The generated types of one client by name, for emitters that write a reference differently by its kind.</summary>
internal sealed class TypeCatalog
{
    private readonly Dictionary<string, TypeModel> _byName = new(System.StringComparer.Ordinal);

    public TypeCatalog(IEnumerable<TypeModel> types)
    {
        foreach (var type in types)
        {
            _byName[type.Name] = type;
            HasConverters |= type is not EnumModel;
        }
    }

    /// <summary>Whether any type has a converter class (objects and unions; enums share the runtime's).</summary>
    public bool HasConverters { get; }

    /// <summary>The enum a reference names, if it names one.</summary>
    public EnumModel? Enum(TypeRef type)
        => type.Kind == TypeRefKind.Named && _byName.TryGetValue(type.Name!, out var model) ? model as EnumModel : null;

    /// <summary>Every record that extends <paramref name="model"/>, directly or further down, the most derived first.</summary>
    public IReadOnlyList<ObjectModel> Descendants(ObjectModel model)
    {
        if (!model.HasSubtypes)
        {
            return System.Array.Empty<ObjectModel>();
        }

        var result = new List<(ObjectModel Model, int Depth)>();
        foreach (var candidate in _byName.Values.OfType<ObjectModel>())
        {
            var depth = 0;
            for (var current = candidate; current?.BaseName is { } baseName && depth < 64; current = _byName.TryGetValue(baseName, out var next) ? next as ObjectModel : null)
            {
                depth++;
                if (baseName == model.Name)
                {
                    result.Add((candidate, depth));
                    break;
                }
            }
        }

        // Deeper first, so no case is hidden by one for a record it extends; then by name, so the order is stable.
        return result.OrderByDescending(item => item.Depth).ThenBy(item => item.Model.Name, System.StringComparer.Ordinal).Select(item => item.Model).ToList();
    }

    /// <summary>The object schema a reference names, if it names one.</summary>
    public ObjectModel? Object(TypeRef type)
        => type.Kind == TypeRefKind.Named && _byName.TryGetValue(type.Name!, out var model) ? model as ObjectModel : null;
}
