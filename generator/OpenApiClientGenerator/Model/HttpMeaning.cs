using System;
using System.Globalization;

namespace OpenApiClientGenerator.Model;

/// <summary>The HTTP methods an OpenAPI path item can hold.</summary>
internal enum HttpMethod
{
    Get,
    Put,
    Post,
    Delete,
    Options,
    Head,
    Patch,
    Trace,
}

/// <summary>How a parameter's array or object value is written (OpenAPI <c>style</c>; Swagger 2.0's collectionFormat maps onto it).</summary>
internal enum ParameterStyle
{
    Simple,
    Form,
    Label,
    Matrix,
    SpaceDelimited,
    PipeDelimited,
    TabDelimited,
    DeepObject,
}

/// <summary>What a response key names: one status code (200), a class of them (4XX), or every other one (default).</summary>
internal enum StatusCodeKind
{
    Exact,
    Range,
    Default,
}

/// <summary>A response key: an exact code, a range ("4XX": <see cref="Code"/> is 4) or default.</summary>
internal readonly record struct StatusCode(StatusCodeKind Kind, int Code)
{
    public static readonly StatusCode Default = new(StatusCodeKind.Default, 0);

    /// <summary>2xx: an exact code from 200 to 299, or the 2XX range.</summary>
    public bool IsSuccess => Kind == StatusCodeKind.Exact ? Code is >= 200 and <= 299 : Kind == StatusCodeKind.Range && Code == 2;

    /// <summary>Reads "200", "4XX" (any case) or "default"; null for anything else.</summary>
    public static StatusCode? Parse(string text)
    {
        if (string.Equals(text, "default", StringComparison.OrdinalIgnoreCase))
        {
            return Default;
        }

        if (text.Length != 3 || text[0] < '1' || text[0] > '5')
        {
            return null;
        }

        if ((text[1] == 'X' || text[1] == 'x') && (text[2] == 'X' || text[2] == 'x'))
        {
            return new StatusCode(StatusCodeKind.Range, text[0] - '0');
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var code) ? new StatusCode(StatusCodeKind.Exact, code) : null;
    }

    /// <summary>As the spec writes it: "200", "4XX", "default".</summary>
    public override string ToString() => Kind switch
    {
        StatusCodeKind.Exact => Code.ToString(CultureInfo.InvariantCulture),
        StatusCodeKind.Range => Code.ToString(CultureInfo.InvariantCulture) + "XX",
        _ => "default",
    };
}
