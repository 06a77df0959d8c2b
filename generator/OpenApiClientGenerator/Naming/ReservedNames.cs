namespace OpenApiClientGenerator.Naming;

/// <summary>
/// The one table of names generated code already uses, so that no name taken from a spec can clash with them. C# keywords
/// are handled by <see cref="Identifiers"/> (a verbatim '@'); framework and runtime types are always written fully
/// qualified by the emitters, so no type name from a spec needs to avoid them.
/// </summary>
internal static class ReservedNames
{
    /// <summary>Members every record already has: a property with one of these names would not compile.</summary>
    public static readonly string[] RecordMembers = { "EqualityContract", "Equals", "GetHashCode", "ToString", "GetType", "PrintMembers", "MemberwiseClone", "Finalize" };

    /// <summary>Members of an enum struct besides its values (it is a record struct: PrintMembers is synthesized).</summary>
    public static readonly string[] EnumMembers = { "Value", "IsKnown", "Equals", "GetHashCode", "ToString", "PrintMembers" };

    /// <summary>The property of a union that keeps JSON no alternative matched.</summary>
    public const string UnionUnknown = "Unknown";

    /// <summary>The dictionary property of an object that keeps properties its schema does not declare.</summary>
    public const string AdditionalProperties = "AdditionalProperties";

    /// <summary>Members of an operation's result record besides one property per documented header.</summary>
    public static readonly string[] ResultMembers = { "Body", "Status" };

    /// <summary>
    /// Names the body of a generated operation method uses for its own locals and lambda parameters; the operation's
    /// parameters avoid them.
    /// </summary>
    public static readonly string[] OperationLocals =
    {
        "cancellationToken", "query", "uri", "request", "response", "form", "cookies", "item", "pair", "writer", "value",
        "reader", "itemReader", "itemWriter", "element", "discriminator", "httpClient", "apiCall", "apiToken",
    };

    /// <summary>Names a converter's methods use for their parameters and locals; the locals holding property values avoid them.</summary>
    public static readonly string[] ConverterLocals = { "reader", "writer", "value", "name", "options", "typeToConvert", SharedStringsLocal };

    /// <summary>The local of a converter's ReadValue holding the call's shared strings.</summary>
    public const string SharedStringsLocal = "strings";

    /// <summary>The suffix of a generated type's JSON converter (<c>PetJsonConverter</c>).</summary>
    public const string ConverterSuffix = "JsonConverter";

    /// <summary>The suffix of a fluent path builder (<c>CustomersRequestBuilder</c>).</summary>
    public const string RequestBuilderSuffix = "RequestBuilder";

    /// <summary>The suffix of an operation's result record (<c>ListPetsResult</c>).</summary>
    public const string ResultSuffix = "Result";
}
