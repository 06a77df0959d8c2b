using System.Collections.Generic;
using System.Linq;
using System.Threading;
using OpenApiClientGenerator.Emitting;
using OpenApiClientGenerator.Model;

namespace OpenApiClientGenerator.Compatibility;

/// <summary>
/// Compares the client generated from a baseline spec with the one generated from the current spec and lists what
/// breaks callers compiled against the baseline: removed or renamed operations, types, properties, enum members and
/// union variants; changed C# types (nullability included); parameters removed or newly required; changed return types
/// and request paths. Additions that callers can ignore (new operations, types, optional parameters, properties) are
/// not changes here.
/// </summary>
internal static class ApiSurfaceComparer
{
    public static IReadOnlyList<ApiChange> Compare(ClientModel baseline, ClientModel current, CancellationToken cancellationToken)
    {
        var changes = new List<ApiChange>();
        CompareOperations(baseline, current, changes, cancellationToken);
        CompareTypes(baseline, current, changes, cancellationToken);
        return changes;
    }

    private static void CompareOperations(ClientModel baseline, ClientModel current, List<ApiChange> changes, CancellationToken cancellationToken)
    {
        var byMethod = FirstBy(current.Operations, operation => operation.MethodName);
        var byRoute = FirstBy(current.Operations, Route);
        foreach (var old in baseline.Operations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var label = $"{old.HttpMethod} {old.Path}";
            if (!byMethod.TryGetValue(old.MethodName, out var now))
            {
                changes.Add(byRoute.TryGetValue(Route(old), out var renamed)
                    ? new ApiChange(Pointer(renamed), $"the operation {label} is now generated as {renamed.AsyncMethodName}, no longer {old.AsyncMethodName} (its operationId changed)")
                    : new ApiChange(Pointer(old), $"the operation {old.AsyncMethodName} ({label}) was removed"));
                continue;
            }

            var where = Pointer(now);
            if (Route(now) != Route(old))
            {
                changes.Add(new ApiChange(where, $"{old.AsyncMethodName} moved from {label} to {now.HttpMethod} {now.Path}, which changes its request-builder chain"));
            }

            var oldReturn = OperationSignature.ReturnType(old);
            var newReturn = OperationSignature.ReturnType(now);
            if (oldReturn != newReturn)
            {
                changes.Add(new ApiChange(where, $"{now.AsyncMethodName} now returns {Readable(newReturn)} instead of {Readable(oldReturn)}"));
            }

            CompareParameters(old, now, where, changes);
        }
    }

    private static void CompareParameters(OperationModel old, OperationModel now, string where, List<ApiChange> changes)
    {
        var oldByName = FirstBy(old.Parameters, Key);
        var newByName = FirstBy(now.Parameters, Key);
        foreach (var oldParameter in old.Parameters)
        {
            if (!newByName.TryGetValue(Key(oldParameter), out var newParameter))
            {
                changes.Add(new ApiChange(where, $"{now.AsyncMethodName}: the {Describe(oldParameter)} was removed"));
                continue;
            }

            var oldType = CSharpTypes.Parameter(oldParameter);
            var newType = CSharpTypes.Parameter(newParameter);
            if (oldType != newType)
            {
                changes.Add(new ApiChange(where, $"{now.AsyncMethodName}: the {Describe(newParameter)} changed from {Readable(oldType)} to {Readable(newType)}"));
            }
            else if (oldParameter.Name != newParameter.Name)
            {
                changes.Add(new ApiChange(where, $"{now.AsyncMethodName}: the {Describe(newParameter)} is now named '{newParameter.Name}', no longer '{oldParameter.Name}' (callers using named arguments break)"));
            }
        }

        foreach (var newParameter in now.Parameters.Where(parameter => parameter.IsRequired && !oldByName.ContainsKey(Key(parameter))))
        {
            changes.Add(new ApiChange(where, $"{now.AsyncMethodName}: the new {Describe(newParameter)} is required"));
        }
    }

    private static void CompareTypes(ClientModel baseline, ClientModel current, List<ApiChange> changes, CancellationToken cancellationToken)
    {
        var byName = current.Types.ToDictionary(type => type.Name);
        foreach (var old in baseline.Types)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!byName.TryGetValue(old.Name, out var now))
            {
                changes.Add(new ApiChange(old.JsonPointer, $"the {Kind(old)} {old.Name} is no longer generated"));
                continue;
            }

            switch ((old, now))
            {
                case (ObjectModel oldObject, ObjectModel newObject):
                    CompareProperties(oldObject, newObject, changes);
                    break;
                case (EnumModel oldEnum, EnumModel newEnum):
                    var values = new HashSet<string>(newEnum.Members.Select(member => member.Value));
                    foreach (var member in oldEnum.Members.Where(member => !values.Contains(member.Value)))
                    {
                        changes.Add(new ApiChange(now.JsonPointer, $"the enum {now.Name} lost the value '{member.Value}' ({now.Name}.{member.Name})"));
                    }

                    break;
                case (UnionModel oldUnion, UnionModel newUnion):
                    var variants = new HashSet<string>(newUnion.Variants.Select(variant => variant.Name));
                    foreach (var variant in oldUnion.Variants.Where(variant => !variants.Contains(variant.Name)))
                    {
                        changes.Add(new ApiChange(now.JsonPointer, $"the union {now.Name} lost the variant {variant.Name}"));
                    }

                    break;
                default:
                    if (old.GetType() != now.GetType())
                    {
                        changes.Add(new ApiChange(now.JsonPointer, $"{now.Name} is now generated as {Article(Kind(now))}, no longer as {Article(Kind(old))}"));
                    }

                    break;
            }
        }
    }

    private static void CompareProperties(ObjectModel old, ObjectModel now, List<ApiChange> changes)
    {
        var byWireName = now.Properties.ToDictionary(property => property.JsonName);
        foreach (var oldProperty in old.Properties)
        {
            var pointer = $"{now.JsonPointer}/properties/{Escape(oldProperty.JsonName)}";
            if (!byWireName.TryGetValue(oldProperty.JsonName, out var newProperty))
            {
                changes.Add(new ApiChange($"{old.JsonPointer}/properties/{Escape(oldProperty.JsonName)}", $"the property {old.Name}.{oldProperty.Name} ('{oldProperty.JsonName}') was removed"));
                continue;
            }

            var oldType = CSharpTypes.Property(oldProperty);
            var newType = CSharpTypes.Property(newProperty);
            if (oldType != newType)
            {
                changes.Add(new ApiChange(pointer, $"the property {now.Name}.{newProperty.Name} ('{newProperty.JsonName}') changed from {Readable(oldType)} to {Readable(newType)}"));
            }
            else if (oldProperty.Name != newProperty.Name)
            {
                changes.Add(new ApiChange(pointer, $"the property '{newProperty.JsonName}' of {now.Name} is now generated as {newProperty.Name}, no longer {oldProperty.Name}"));
            }
            else if (oldProperty.IsWriteOnly != newProperty.IsWriteOnly || oldProperty.IsReadOnly != newProperty.IsReadOnly)
            {
                changes.Add(new ApiChange(pointer, $"the property {now.Name}.{newProperty.Name} ('{newProperty.JsonName}') is now {Access(newProperty)}, no longer {Access(oldProperty)}"));
            }
        }
    }

    /// <summary>Items by key; of items sharing a key (a spec may repeat one), the first.</summary>
    private static Dictionary<string, T> FirstBy<T>(IEnumerable<T> items, System.Func<T, string> key)
    {
        var result = new Dictionary<string, T>(System.StringComparer.Ordinal);
        foreach (var item in items)
        {
            var itemKey = key(item);
            if (!result.ContainsKey(itemKey))
            {
                result[itemKey] = item;
            }
        }

        return result;
    }

    private static string Route(OperationModel operation) => operation.HttpMethod + " " + operation.Path;

    private static string Pointer(OperationModel operation) => $"#/paths/{Escape(operation.Path)}/{operation.HttpMethod.ToLowerInvariant()}";

    private static string Key(ParameterModel parameter) => parameter.Location + ":" + parameter.WireName;

    private static string Describe(ParameterModel parameter) => parameter.Location switch
    {
        ParameterLocation.Body => $"request body parameter '{parameter.Name}'",
        ParameterLocation.FormField => $"form field '{parameter.WireName}' (parameter '{parameter.Name}')",
        _ => $"{parameter.Location.ToString().ToLowerInvariant()} parameter '{parameter.WireName}'",
    };

    private static string Kind(TypeModel type) => type switch
    {
        EnumModel => "enum",
        UnionModel => "union",
        _ => "type",
    };

    private static string Article(string kind) => kind == "enum" ? "an enum" : "a " + kind;

    private static string Access(PropertyModel property)
        => property.IsReadOnly ? "read-only" : property.IsWriteOnly ? "write-only" : "read-write";

    private static string Escape(string segment) => segment.Replace("~", "~0").Replace("/", "~1");

    /// <summary>C# type spelling for a message: without global:: and the namespaces of framework types.</summary>
    private static string Readable(string type) => type
        .Replace("global::System.Threading.Tasks.", string.Empty)
        .Replace("global::System.Collections.Generic.", string.Empty)
        .Replace("global::System.Text.Json.", string.Empty)
        .Replace("global::System.IO.", string.Empty)
        .Replace("global::System.", string.Empty);
}
