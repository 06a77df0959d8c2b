using System;
using System.Globalization;
using OpenApiClientGenerator.Model;
using OpenApiClientGenerator.Naming;

namespace OpenApiClientGenerator.Emitting;

/// <summary>
/// Emits how parameter values reach the request: formatted as text (invariant, ISO 8601), arrays and objects serialized
/// by the parameter's style (form/explode, spaceDelimited, pipeDelimited, deepObject, simple). The runtime's builders
/// leave absent (null) values out, so an optional parameter is one line like a required one; only values that must be
/// serialized first (objects) are guarded by a null check.
/// </summary>
internal static class ParameterValueEmitter
{
    /// <summary>
    /// A string expression for one value (enums format as their wire value, objects as JSON). It is null when
    /// <paramref name="mayBeNull"/> and the value is, except for objects: <see cref="NeedsGuard"/> says when to check first.
    /// </summary>
    public static string Format(TypeCatalog types, TypeRef type, string value, bool mayBeNull) => type.Kind switch
    {
        TypeRefKind.Named when type.IsValueType => mayBeNull ? $"{value}?.ToString()" : $"{value}.ToString()",
        TypeRefKind.Named => $"{RuntimeTypes.UriFormatting}.Format({RuntimeTypes.UriFormatting}.ToJson({value}, {CSharpTypes.Converter(type.Name!)}.WriteValue))",
        TypeRefKind.Array or TypeRefKind.Map => $"{RuntimeTypes.UriFormatting}.Format({RuntimeTypes.UriFormatting}.ToJson({value}, {JsonExpressions.ValueWriter(types, type)}))",
        TypeRefKind.Primitive when type.Primitive == PrimitiveType.String => value,
        _ => $"{RuntimeTypes.UriFormatting}.{CSharpTypes.FormatMethod(type)}({value})",
    };

    /// <summary>
    /// A path segment: formatted, escaped, and refused when it would leave its segment (empty, "." or ".."). An array is
    /// written in its style (simple: comma-separated items, each escaped; label; matrix). A GUID is written as it is into
    /// the address's string: its hex digits and hyphens need no escaping and are never such a segment.
    /// </summary>
    public static string PathSegment(TypeCatalog types, ParameterModel parameter)
        => parameter.Type is { Kind: TypeRefKind.Primitive, Primitive: PrimitiveType.Guid }
            ? parameter.Name
            : parameter.Type.Kind == TypeRefKind.Array
            ? $"{RuntimeTypes.UriFormatting}.PathList({parameter.Name}, static item => {Format(types, parameter.Type.Element!, "item", false)}, {CSharpLiteral.String(parameter.Style)}, {(parameter.Explode ? "true" : "false")}, {CSharpLiteral.String(parameter.WireName)}, nameof({parameter.Name}))"
            : $"{RuntimeTypes.UriFormatting}.Path({Format(types, parameter.Type, parameter.Name, mayBeNull: false)}, nameof({parameter.Name}))";

    public static void EmitQuery(SourceWriter writer, TypeCatalog types, ParameterModel parameter)
    {
        var name = CSharpLiteral.String(parameter.WireName);
        switch (parameter.Type.Kind)
        {
            case TypeRefKind.Array:
                writer.Line(parameter.Style == "form" && parameter.Explode
                    ? $"query.AddEach({name}, {Each(types, parameter.Type, parameter.Name)});"
                    : $"query.Add({name}, {Join(types, parameter.Type, parameter.Name, parameter.Style)});");
                break;
            case TypeRefKind.Map when parameter.Style == "deepObject" || parameter.Explode:
                var pairs = $"{RuntimeTypes.UriFormatting}.Properties({parameter.Name}, static item => {Format(types, parameter.Type.Element!, "item", false)})";
                writer.Line(parameter.Style == "deepObject" ? $"query.AddDeepObject({name}, {pairs});" : $"query.AddProperties({pairs});");
                break;
            case TypeRefKind.Map:
            case TypeRefKind.Named when !parameter.Type.IsValueType:
                WithValue(writer, parameter, value =>
                {
                    var properties = parameter.Type.Kind == TypeRefKind.Map
                        ? $"{RuntimeTypes.UriFormatting}.Properties({value}, static item => {Format(types, parameter.Type.Element!, "item", false)})!"
                        : $"{RuntimeTypes.UriFormatting}.Properties({RuntimeTypes.UriFormatting}.ToJson({value}, {CSharpTypes.Converter(parameter.Type.Name!)}.WriteValue))";
                    return parameter.Style == "deepObject" ? $"query.AddDeepObject({name}, {properties});"
                        : parameter.Explode ? $"query.AddProperties({properties});"
                        : $"query.Add({name}, string.Join(\",\", global::System.Linq.Enumerable.SelectMany({properties}, static pair => new[] {{ pair.Key, pair.Value }})));";
                });
                break;
            default:
                writer.Line($"query.Add({name}, {Format(types, parameter.Type, parameter.Name, !parameter.IsRequired)});");
                break;
        }
    }

    /// <summary>A header parameter; the runtime refuses values with control characters (CR/LF would add headers).</summary>
    public static void EmitHeader(SourceWriter writer, TypeCatalog types, ParameterModel parameter)
        => EmitText(writer, types, parameter, text => $"request.AddHeader({CSharpLiteral.String(parameter.WireName)}, {text}, nameof({parameter.Name}));");

    /// <summary>A cookie parameter; all of them go in one Cookie header (<c>a=1; b=2</c>), each value escaped.</summary>
    public static void EmitCookie(SourceWriter writer, TypeCatalog types, ParameterModel parameter)
        => EmitText(writer, types, parameter, text => $"request.AddCookie({CSharpLiteral.String(parameter.WireName)}, {text});");

    /// <summary>A form field (urlencoded or multipart): files as streams (an array of files one part each), arrays as one field per item.</summary>
    public static void EmitFormField(SourceWriter writer, TypeCatalog types, ParameterModel field)
    {
        var name = CSharpLiteral.String(field.WireName);
        if (field.Type is { Kind: TypeRefKind.Primitive, Primitive: PrimitiveType.Stream })
        {
            writer.Line($"form.AddFile({name}, {field.Name});");
        }
        else if (field.Type is { Kind: TypeRefKind.Array, Element: { Kind: TypeRefKind.Primitive, Primitive: PrimitiveType.Stream } })
        {
            writer.Line($"form.AddFiles({name}, {field.Name});");
        }
        else if (field.Type.Kind == TypeRefKind.Array)
        {
            writer.Line($"form.AddEach({name}, {Each(types, field.Type, field.Name)});");
        }
        else
        {
            EmitText(writer, types, field, text => $"form.Add({name}, {text});");
        }
    }

    /// <summary>
    /// The value an optional parameter takes when the caller gives none (x-ms-client-default), as a C# expression: for
    /// strings, numbers, booleans and enums; null when it has none (or one of another type, which is not sent).
    /// </summary>
    public static string? ClientDefault(TypeCatalog types, ParameterModel parameter)
    {
        if (parameter.ClientDefault is not { } text)
        {
            return null;
        }

        if (types.Enum(parameter.Type) is { } model)
        {
            return model.IsInteger
                ? (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? $"new {parameter.Type.Name}({number.ToString(CultureInfo.InvariantCulture)}L)" : null)
                : $"new {parameter.Type.Name}({CSharpLiteral.String(text)})";
        }

        if (parameter.Type.Kind != TypeRefKind.Primitive)
        {
            return null;
        }

        var isNumber = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
        return parameter.Type.Primitive switch
        {
            PrimitiveType.String => CSharpLiteral.String(text),
            PrimitiveType.Boolean when text is "true" or "false" => text,
            PrimitiveType.Int32 when int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _) => text,
            PrimitiveType.Int64 when long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _) => text + "L",
            PrimitiveType.Single when isNumber => text + "f",
            PrimitiveType.Double when isNumber => text + "d",
            PrimitiveType.Decimal when isNumber => text + "m",
            _ => null,
        };
    }

    /// <summary>
    /// Runs <paramref name="emit"/> with the value, inside an "is not null" check when the parameter is optional
    /// (<c>if (x is { } xValue) statement;</c>).
    /// </summary>
    public static void WithValue(SourceWriter writer, ParameterModel parameter, Func<string, string> emit)
    {
        if (parameter.IsRequired)
        {
            writer.Line(emit(parameter.Name));
            return;
        }

        var local = Identifiers.Bare(parameter.Name) + "Value";
        writer.Line($"if ({parameter.Name} is {{ }} {local}) {emit(local)}");
    }

    /// <summary>A value as one text (arrays comma-joined, the simple style of headers, cookies and form fields).</summary>
    private static void EmitText(SourceWriter writer, TypeCatalog types, ParameterModel parameter, Func<string, string> emit)
    {
        if (parameter.Type.Kind == TypeRefKind.Array)
        {
            writer.Line(emit(Join(types, parameter.Type, parameter.Name, "simple")));
        }
        else if (NeedsGuard(parameter))
        {
            WithValue(writer, parameter, value => emit(Format(types, parameter.Type, value, mayBeNull: false)));
        }
        else
        {
            writer.Line(emit(Format(types, parameter.Type, parameter.Name, !parameter.IsRequired)));
        }
    }

    /// <summary>Objects are serialized before they are formatted, so an optional one is checked for null first.</summary>
    private static bool NeedsGuard(ParameterModel parameter)
        => !parameter.IsRequired && (parameter.Type.Kind is TypeRefKind.Map || parameter.Type is { Kind: TypeRefKind.Named, IsValueType: false });

    private static string Each(TypeCatalog types, TypeRef arrayType, string value)
        => $"{RuntimeTypes.UriFormatting}.Each({value}, static item => {Format(types, arrayType.Element!, "item", false)})";

    private static string Join(TypeCatalog types, TypeRef arrayType, string value, string style)
        => $"{RuntimeTypes.UriFormatting}.Join({value}, static item => {Format(types, arrayType.Element!, "item", false)}, {CSharpLiteral.String(style)})";
}
