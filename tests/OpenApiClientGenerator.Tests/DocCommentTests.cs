using OpenApiClientGenerator.Emitting;

namespace OpenApiClientGenerator.Tests;

/// <summary>Spec descriptions (CommonMark) become XML doc content that tooltips render and the compiler accepts.</summary>
public sealed class DocCommentTests
{
    [Theory]
    [InlineData("Use `page<2>` here.", "Use <c>page&lt;2&gt;</c> here.")]
    [InlineData("A **very** important field.", "A <b>very</b> important field.")]
    [InlineData("See [ISO 4217](https://en.wikipedia.org/wiki/ISO_4217) codes.", "See <see href=\"https://en.wikipedia.org/wiki/ISO_4217\">ISO 4217</see> codes.")]
    [InlineData("A [relative link](docs/x.md) stays text.", "A [relative link](docs/x.md) stays text.")]
    [InlineData("An unclosed ` backtick and a * star & more.", "An unclosed ` backtick and a * star &amp; more.")]
    [InlineData("Code `spans\nlines` is not code.", "Code `spans\nlines` is not code.")]
    [InlineData("[x](https://a.example/?q=\"1\"&r=2)", "<see href=\"https://a.example/?q=&quot;1&quot;&amp;r=2\">x</see>")]
    [InlineData("Two lines,\r\nkept apart; a bell\a is dropped.", "Two lines,\nkept apart; a bell is dropped.")]
    public void Markdown_in_descriptions_becomes_xml_doc_markup(string specText, string expected)
        => DocComments.FromSpec(specText).ShouldBe(expected);
}
