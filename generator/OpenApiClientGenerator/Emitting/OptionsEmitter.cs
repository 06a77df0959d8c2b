using OpenApiClientGenerator.Model;

namespace OpenApiClientGenerator.Emitting;

/// <summary>Emits the options type of a client (partial, so a package can add its own settings).</summary>
internal static class OptionsEmitter
{
    public static string Emit(ClientModel client)
    {
        var writer = new SourceWriter().FileHeader(client.Namespace, client.UsesDeprecated);
        DocComments.SummaryXml(writer, $"Options for <see cref=\"{client.ClientName}\"/>.");
        writer.Line(GeneratedCode.Attribute);
        using (writer.Block($"public partial class {client.OptionsName}"))
        {
            if (client.DefaultBaseAddress is { } address)
            {
                DocComments.SummaryXml(writer, $"The address used when neither these options nor the HttpClient set one: <c>{DocComments.Escape(address)}</c>, the spec's first server.");
                writer.Line($"public static global::System.Uri? DefaultBaseAddress {{ get; }} = new({CSharpLiteral.String(address)});");
            }
            else
            {
                DocComments.SummaryXml(writer, "The spec names no absolute server address, so a base address must be set here or on the HttpClient.");
                writer.Line("public static global::System.Uri? DefaultBaseAddress => null;");
            }

            writer.Line();
            DocComments.SummaryXml(writer, "The address that operation paths are relative to. When null, the HttpClient's BaseAddress is used, then <see cref=\"DefaultBaseAddress\"/>.");
            writer.Line("public global::System.Uri? BaseAddress { get; set; }");
        }

        return writer.ToString();
    }
}
