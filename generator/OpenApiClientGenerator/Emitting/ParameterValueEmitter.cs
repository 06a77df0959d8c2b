using System.Collections.Generic;
using OpenApiClientGenerator.Model;
using OpenApiClientGenerator.Naming;

namespace OpenApiClientGenerator.Emitting;

/// <summary>
/// Emits how parameter values reach the request: formatted as text (invariant, ISO 8601), arrays and objects serialized
/// by the parameter's style (form/explode, spaceDelimited, pipeDelimited, deepObject, simple), absent values left out.
/// </summary>
internal static class ParameterValueEmitter
{
    /// <summary>A string expression for one scalar value (enums format as their wire value, objects as JSON).</summary>
    public static string Format(TypeRef type, string value) => type.Kind switch
    {
        TypeRefKind.Named when type.IsValueType => $"{value}.ToString()",
        TypeRefKind.Named => $"UriFormatting.Format(UriFormatting.ToJson({value}, {type.Name}JsonConverter.WriteValue))",
        TypeRefKind.Array or TypeRefKind.Map => $"UriFormatting.Format(UriFormatting.ToJson({value}, static (writer, item) => {JsonExpressions.Write(type, "item")}))",
        _ => $"UriFormatting.Format({value})",
    };

    public static void EmitQuery(SourceWriter writer, ParameterModel parameter)
    {
        var name = CSharpLiteral.String(parameter.WireName);
        WithValue(writer, parameter, value =>
        {
            switch (parameter.Type.Kind)
            {
                case TypeRefKind.Array:
                    var items = Items(parameter.Type, value);
                    writer.Line(parameter.Style == "form" && parameter.Explode
                        ? $"query.AddEach({name}, {items});"
                        : $"query.Add({name}, UriFormatting.Join({items}, {CSharpLiteral.String(parameter.Style)}));");
                    break;
                case TypeRefKind.Map:
                case TypeRefKind.Named when !parameter.Type.IsValueType:
                    var properties = Properties(parameter.Type, value);
                    if (parameter.Style == "deepObject")
                    {
                        writer.Line($"query.AddDeepObject({name}, {properties});");
                    }
                    else if (parameter.Explode)
                    {
                        writer.Line($"query.AddProperties({properties});");
                    }
                    else
                    {
                        writer.Line($"query.Add({name}, string.Join(\",\", global::System.Linq.Enumerable.SelectMany({properties}, static pair => new[] {{ pair.Key, pair.Value }})));");
                    }

                    break;
                default:
                    writer.Line($"query.Add({name}, {Format(parameter.Type, value)});");
                    break;
            }
        });
    }

    public static void EmitHeader(SourceWriter writer, ParameterModel parameter)
    {
        var name = CSharpLiteral.String(parameter.WireName);
        WithValue(writer, parameter, value => writer.Line($"request.Headers.TryAddWithoutValidation({name}, {Text(parameter, value)});"));
    }

    /// <summary>All cookie parameters go in one Cookie header: <c>a=1; b=2</c>.</summary>
    public static void EmitCookies(SourceWriter writer, IReadOnlyList<ParameterModel> cookies)
    {
        if (cookies.Count == 0)
        {
            return;
        }

        writer.Line("var cookies = new global::System.Collections.Generic.List<string>();");
        foreach (var parameter in cookies)
        {
            var prefix = CSharpLiteral.String(parameter.WireName + "=");
            WithValue(writer, parameter, value => writer.Line($"cookies.Add({prefix} + global::System.Uri.EscapeDataString({Text(parameter, value)}));"));
        }

        using (writer.Block("if (cookies.Count > 0)"))
        {
            writer.Line("request.Headers.TryAddWithoutValidation(\"Cookie\", string.Join(\"; \", cookies));");
        }
    }

    /// <summary>A value as one text (arrays comma-joined, the simple style of headers and paths).</summary>
    public static string Text(ParameterModel parameter, string value)
        => parameter.Type.Kind == TypeRefKind.Array ? $"UriFormatting.Join({Items(parameter.Type, value)}, \"simple\")" : Format(parameter.Type, value);

    /// <summary>Runs <paramref name="emit"/> with the value, inside an "is not null" check when the parameter is optional.</summary>
    public static void WithValue(SourceWriter writer, ParameterModel parameter, System.Action<string> emit)
    {
        if (parameter.IsRequired)
        {
            emit(parameter.Name);
            return;
        }

        var local = Identifiers.Bare(parameter.Name) + "Value";
        using (writer.Block($"if ({parameter.Name} is {{ }} {local})"))
        {
            emit(local);
        }
    }

    public static string Items(TypeRef arrayType, string value)
        => $"global::System.Linq.Enumerable.Select({value}, static item => {Format(arrayType.Element!, "item")})";

    private static string Properties(TypeRef type, string value)
        => type.Kind == TypeRefKind.Map
            ? $"UriFormatting.Properties({value}, static item => {Format(type.Element!, "item")})"
            : $"UriFormatting.Properties(UriFormatting.ToJson({value}, {type.Name}JsonConverter.WriteValue))";
}
