using System.Text;
using System.Threading.Tasks;
using Conformance.BodyString;
using Conformance.BodyString.Models;
using Conformance.Tests.Infrastructure;

namespace Conformance.Tests.Scenarios;

[ConformanceGroup("body-string")]
public sealed class BodyStringTests(TestServerFixture server) : ConformanceTest(server)
{
    private const string Whitespace = "    Now is the time for all good men to come to the aid of their country    ";
    // Written with escapes: editors and tools normalise some of these characters (U+F9F1 to U+96A3), the server does not.
    private const string MultiByte = "\u554A\u9F44\u4E02\u72DB\u72DC\uF9F1\uF92C\uF9F1\uFA0C\uFA29\u02CA\u301E\u3021\uFFE4\u2121\u3231\u2010\u30FC\uFE61\uFE62\uFE6B\u3001\u3013\u2170\u2179\u2488\u20AC\u3220\u3229\u2160\u216B\uFF01\uFFE3\u3041\u3093\u30A1\u30F6\u0391\uFE34\u0410\u042F\u0430\u044F\u0101\u0261\u3105\u3129\u2500\u254B\uFE35\uFE44\uFE3B\uFE31\uFE33\uFE34\u2170\u2179\u0251\uE7C7\u0261\u3007\u303E\u2FFB\u2E81\uE843\u4723\uE864\u20AC";
    private static readonly byte[] Base64UrlBytes = Encoding.UTF8.GetBytes("a string that gets encoded with base64url");

    private BodyStringClient Client => new(Server.HttpClient);

    [Fact]
    public Task getStringNull() => Scenario(async () => (await Client.StringGetNullAsync()).ShouldBeNull());

    [Fact]
    public Task putStringNull() => Scenario(() => Client.StringPutNullAsync(null));

    [Fact]
    public Task getStringEmpty() => Scenario(async () => (await Client.StringGetEmptyAsync()).ShouldBe(""));

    [Fact]
    public Task putStringEmpty() => Scenario(() => Client.StringPutEmptyAsync(""));

    [Fact]
    public Task getStringNotProvided() => Scenario(async () => (await Client.StringGetNotProvidedAsync()).ShouldBeNull());

    [Fact]
    public Task getStringWithLeadingAndTrailingWhitespace() =>
        Scenario(async () => (await Client.StringGetWhitespaceAsync()).ShouldBe(Whitespace));

    [Fact]
    public Task putStringWithLeadingAndTrailingWhitespace() =>
        Scenario(() => Client.StringPutWhitespaceAsync(Whitespace));

    [Fact]
    public Task getStringMultiByteCharacters() => Scenario(async () => (await Client.StringGetMbcsAsync()).ShouldBe(MultiByte));

    [Fact]
    public Task putStringMultiByteCharacters() => Scenario(() => Client.StringPutMbcsAsync(MultiByte));

    [Fact]
    public Task getStringBase64Encoded() =>
        Scenario(async () => (await Client.StringGetBase64EncodedAsync()).ShouldBe(Encoding.UTF8.GetBytes("a string that gets encoded with base64")));

    [Fact]
    public Task getStringBase64UrlEncoded() => Scenario(async () =>
        (await Client.StringGetBase64UrlEncodedAsync()).ShouldNotBeNull().ShouldBe(Base64UrlBytes));

    [Fact]
    public Task putStringBase64UrlEncoded() =>
        Scenario(() => Client.StringPutBase64UrlEncodedAsync(Base64UrlBytes));

    [Fact]
    public Task getStringNullBase64UrlEncoding() => Scenario(async () =>
        (await Client.StringGetNullBase64UrlEncodedAsync()).ShouldBeNull());

    [Fact]
    public Task getEnumNotExpandable() => Scenario(async () => (await Client.EnumGetNotExpandableAsync()).ShouldNotBeNull().Value.ShouldBe("red color"));

    [Fact]
    public Task putEnumNotExpandable() => Scenario(() => Client.EnumPutNotExpandableAsync(new RefColors("red color")));

    [Fact]
    public Task getEnumReferenced() => Scenario(async () => (await Client.EnumGetReferencedAsync()).ShouldNotBeNull().Value.ShouldBe("red color"));

    [Fact]
    public Task putEnumReferenced() => Scenario(() => Client.EnumPutReferencedAsync(new RefColors("red color")));

    [Fact]
    public Task getEnumReferencedConstant() => Scenario(async () => (await Client.EnumGetReferencedConstantAsync()).ShouldNotBeNull().Field1.ShouldBe("Sample String"));

    [Fact]
    public Task putEnumReferencedConstant() => Scenario(() => Client.EnumPutReferencedConstantAsync(new RefColorConstant { ColorConstant = new("green-color") }));
}
