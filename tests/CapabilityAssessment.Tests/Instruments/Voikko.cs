using System.Runtime.InteropServices;

namespace CapabilityAssessment.Tests.Instruments;

/// <summary>
/// Debian's libvoikko (libvoikko1) with its Finnish dictionary (voikko-fi), called through its C API: voikkoInit,
/// voikkoSpellCstr (1 = correct), voikkoTerminate. ops/test installs both packages.
/// </summary>
internal sealed class Voikko : IDisposable
{
    private const string Library = "libvoikko.so.1";
    private IntPtr _handle;

    public Voikko()
    {
        try
        {
            _handle = Init(out var error, "fi", null);
            if (_handle == IntPtr.Zero)
                throw new InvalidOperationException("voikko could not load Finnish " +
                    $"({Marshal.PtrToStringUTF8(error)}); install voikko-fi");
        }
        catch (DllNotFoundException e)
        {
            throw new InvalidOperationException("libvoikko.so.1 not found: run ./ops/test, or apt-get install " +
                "libvoikko1 voikko-fi", e);
        }
    }

    public bool Knows(string word) => Spell(_handle, word) == 1;

    public void Dispose()
    {
        if (_handle == IntPtr.Zero) return;
        Terminate(_handle);
        _handle = IntPtr.Zero;
    }

    // DllImport rather than LibraryImport: the generated marshalling needs unsafe code,
    // which the test project does not allow.
    [DllImport(Library, EntryPoint = "voikkoInit")]
    private static extern IntPtr Init(out IntPtr error, [MarshalAs(UnmanagedType.LPUTF8Str)] string language,
        [MarshalAs(UnmanagedType.LPUTF8Str)] string? path);

    [DllImport(Library, EntryPoint = "voikkoSpellCstr")]
    private static extern int Spell(IntPtr handle, [MarshalAs(UnmanagedType.LPUTF8Str)] string word);

    [DllImport(Library, EntryPoint = "voikkoTerminate")]
    private static extern void Terminate(IntPtr handle);
}
