using System;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Spectre.Console;

namespace PartnerCenter.Licenses.Cli.Printing;

/// <summary>
/// A progress indicator on stderr while every page is read (<c>--all</c>): a spinner and the count of items read so far,
/// drawn by Spectre.Console and cleared at the end. Drawn only for a person at a terminal (the caller decides); otherwise
/// the work runs with no indicator at all.
/// </summary>
internal static class ItemProgress
{
    /// <summary>How often the count is redrawn (a million items must not mean a million redraws).</summary>
    private const int ReportEvery = 250;

    /// <summary>Runs <paramref name="work"/>, giving it a progress to report the item count to when <paramref name="show"/>.</summary>
    public static async Task RunAsync(TextWriter stderr, bool show, Func<IProgress<long>?, Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (!show)
        {
            await work(null).ConfigureAwait(false);
            return;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stderr),
            Ansi = AnsiSupport.Yes,
            Interactive = InteractionSupport.Yes,
        });
        await console.Status()
            .Spinner(Spinner.Known.Dots)
            .StartAsync(Message(0), context => work(new StatusProgress(context)))
            .ConfigureAwait(false);
    }

    private static string Message(long count) => string.Create(CultureInfo.InvariantCulture, $"Reading licenses usage: {count:N0} items");

    private sealed class StatusProgress(StatusContext context) : IProgress<long>
    {
        private long _shown;

        public void Report(long value)
        {
            if (value - Interlocked.Read(ref _shown) >= ReportEvery || value == 1)
            {
                Interlocked.Exchange(ref _shown, value);
                context.Status(Message(value));
            }
        }
    }
}
