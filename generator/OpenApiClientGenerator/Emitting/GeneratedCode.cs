namespace OpenApiClientGenerator.Emitting;

/// <summary>The attribute every generated type carries, so tools (and analyzers) know it is generated.</summary>
internal static class GeneratedCode
{
    public static readonly string Version = typeof(GeneratedCode).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    public static readonly string Attribute = $"[global::System.CodeDom.Compiler.GeneratedCode(\"OpenApiClientGenerator\", \"{Version}\")]";
}
