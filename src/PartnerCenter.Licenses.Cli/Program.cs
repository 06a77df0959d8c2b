using System;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;

namespace PartnerCenter.Licenses.Cli;

/// <summary>The process entry point: wires the console and Ctrl+C to <see cref="CliApp"/>.</summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        using var cancellation = new CancellationTokenSource();

        // The first Ctrl+C (or SIGTERM) cancels the request and lets the tool exit cleanly; a second one ends the process
        // the usual way, in case something does not honour the cancellation.
        void Cancel(PosixSignalContext context)
        {
            if (!cancellation.IsCancellationRequested)
            {
                context.Cancel = true;
                cancellation.Cancel();
            }
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);
        try
        {
            return await CliApp.RunAsync(args, Console.Out, Console.Error, cancellation.Token).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The last resort: whatever escaped is one line, never a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            await Console.Error.WriteLineAsync($"error: unexpected failure ({ex.GetType().Name}): {Printing.TerminalText.Clean(ex.Message)}").ConfigureAwait(false);
            return ExitCodes.Unexpected;
        }
    }
}
