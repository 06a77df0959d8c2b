using Microsoft.CodeAnalysis;

namespace OpenApiClientGenerator.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports. Ids are stable: never renumber, only add.
/// Each one is documented in docs/diagnostics.md (a test checks that every descriptor is used and documented).
/// Messages name the JSON pointer of the offending node and say what to do.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "OpenApiClientGenerator";

    public static readonly DiagnosticDescriptor InvalidSyntax = new(
        id: "OAG001",
        title: "The spec cannot be read",
        messageFormat: "The spec is not valid {0}: {1}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The document is not well-formed JSON or YAML. Nothing is generated for it until it is fixed.");

    public static readonly DiagnosticDescriptor UnsupportedDocumentVersion = new(
        id: "OAG002",
        title: "The spec is not an OpenAPI 3.x or Swagger 2.0 document",
        messageFormat: "{0}: {1}; add \"openapi\": \"3.0.3\" (or a 3.1 version) or \"swagger\": \"2.0\" at the top level",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The generator needs the top-level version field to know how to read the document.");

    public static readonly DiagnosticDescriptor UnresolvedReference = new(
        id: "OAG003",
        title: "A $ref does not resolve",
        messageFormat: "{0}: the $ref '{1}' does not point to anything in the document; {2} until the reference is fixed",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnexpectedNodeType = new(
        id: "OAG004",
        title: "A field has the wrong type",
        messageFormat: "{0} should be {1} but is {2}; it is ignored",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor MissingRequiredField = new(
        id: "OAG005",
        title: "A field that OpenAPI requires is missing",
        messageFormat: "{0} has no '{1}' field; {2}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnsupportedConstruct = new(
        id: "OAG006",
        title: "A construct is not supported",
        messageFormat: "{0}: {1}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The generator produces a best-effort output and says what it did instead.");

    public static readonly DiagnosticDescriptor DuplicateOperationId = new(
        id: "OAG007",
        title: "Two operations share an operationId",
        messageFormat: "{0}: the operationId '{1}' is already used by another operation; this one's method is named '{2}'",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor NameCollision = new(
        id: "OAG008",
        title: "Two names map to the same C# identifier",
        messageFormat: "{0}: '{1}' maps to the C# name '{2}', which is already taken; it is named '{3}' instead",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InvalidOption = new(
        id: "OAG009",
        title: "An OpenApiSpec option is invalid",
        messageFormat: "The OpenApiSpec option '{0}' has the value '{1}', which {2}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnexpectedError = new(
        id: "OAG010",
        title: "The generator failed unexpectedly",
        messageFormat: "The generator failed on this spec ({0}: {1}); nothing is generated for it. Please report this with the spec.",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor DuplicateKey = new(
        id: "OAG011",
        title: "An object has the same key twice",
        messageFormat: "{0}: the key '{1}' appears more than once; the last value is used",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor ExternalReference = new(
        id: "OAG012",
        title: "A $ref points to a document the generator cannot read",
        messageFormat: "{0}: the $ref '{1}' points to another document, which {2}; {3}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "References to other files are followed when those files are OpenApiSpec or OpenApiSpecReference items of the project; a generator cannot read other files or the web.");

    public static readonly DiagnosticDescriptor PathParameterMismatch = new(
        id: "OAG013",
        title: "A path template and its parameters disagree",
        messageFormat: "{0}: {1}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor BreakingChange = new(
        id: "OAG014",
        title: "The spec breaks callers of the baseline",
        messageFormat: "{0}: {1}; code written against the baseline '{2}' no longer compiles or behaves the same. If the change is intended, update the baseline and release it as a breaking change.",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The OpenApiSpec item names a Baseline (the spec as last released). Code generated from the current spec lacks or changes something that code generated from the baseline had.");

    public static readonly DiagnosticDescriptor BaselineUnavailable = new(
        id: "OAG015",
        title: "The compatibility baseline cannot be used",
        messageFormat: "The compatibility baseline '{0}' {1}; breaking changes against it are not checked",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The OpenApiSpec item's Baseline option names a file that is not in the build or that does not generate.");

    public static readonly DiagnosticDescriptor NameTooLong = new(
        id: "OAG016",
        title: "A name is too long for a C# identifier",
        messageFormat: "{0}: '{1}' would make a C# name of {2} characters; it is shortened to '{3}'",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Names longer than 128 characters are cut and end with a hash of the whole name, so they stay unique and stable; the compiler rejects identifiers beyond its metadata limit.");
}
