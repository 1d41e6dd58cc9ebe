/*
 * test_demangle.c - the symbol demangler (demangle.c).
 *
 * The C++ expectations are GNU c++filt's (binutils 2.40) output for real
 * symbols taken from `nm` of libstdc++.a (GCC 12) and libLLVMSupport.a
 * (LLVM 14), plus hand-made names for corners those libraries do not use
 * (checked against c++filt as well).  The Rust names come from rustc 1.95
 * (-C symbol-mangling-version=v0 and the default legacy scheme) or the
 * v0 grammar of RFC 2603; they are printed like rustc-demangle's alternate
 * form: no legacy hash, no crate disambiguators, no const types.
 *
 * Each name is its own test.  Then malformed names, the limits (depth,
 * output size), every truncation of every name, and a mutation fuzz loop.
 */
#include "unit_util.h"

#include "demangle.h"

typedef struct {
  const char *in, *out; /* out NULL: demangle() must return NULL */
} Case;

static const Case cxx_cases[] = {
    {"_ZTVSd",
     "vtable for std::basic_iostream<char, std::char_traits<char> >"},
    {"_ZTISi",
     "typeinfo for std::basic_istream<char, std::char_traits<char> >"},
    {"_ZTSSo",
     "typeinfo name for std::basic_ostream<char, std::char_traits<char> >"},
    {"_ZTIa",
     "typeinfo for signed char"},
    {"_ZTSc",
     "typeinfo name for char"},
    {"_ZTTSd",
     "VTT for std::basic_iostream<char, std::char_traits<char> >"},
    {"_ZTCSd0_Si",
     "construction vtable for std::basic_istream<char, std::char_traits<char> >-in-std::basic_iostream<char, std::char_traits<char> >"},
    {"_ZTCSd16_So",
     "construction vtable for std::basic_ostream<char, std::char_traits<char> >-in-std::basic_iostream<char, std::char_traits<char> >"},
    {"_ZThn16_NSdD0Ev",
     "non-virtual thunk to std::basic_iostream<char, std::char_traits<char> >::~basic_iostream()"},
    {"_ZThn16_NSt9strstreamD0Ev",
     "non-virtual thunk to std::strstream::~strstream()"},
    {"_ZTv0_n24_NSdD1Ev",
     "virtual thunk to std::basic_iostream<char, std::char_traits<char> >::~basic_iostream()"},
    {"_ZTv0_n24_NSiD0Ev",
     "virtual thunk to std::basic_istream<char, std::char_traits<char> >::~basic_istream()"},
    {"_ZGVZN4llvm4errsEvE1S",
     "guard variable for llvm::errs()::S"},
    {"_ZGVNSt7collateIcE2idE",
     "guard variable for std::collate<char>::id"},
    {"_ZGTtNKSt9exceptionD1Ev",
     "transaction clone for std::exception::~exception() const"},
    {"_ZGTtNSt11logic_errorC1EPKc.cold",
     "transaction clone for std::logic_error::logic_error(char const*) [clone .cold]"},
    {"_Znwm.cold",
     "operator new(unsigned long) [clone .cold]"},
    {"_ZNSi6ignoreEli.cold",
     "std::basic_istream<char, std::char_traits<char> >::ignore(long, int) [clone .cold]"},
    {"_ZNSt10filesystem4pathaSEOS0_.isra.0",
     "std::filesystem::path::operator=(std::filesystem::path&&) [clone .isra.0]"},
    {"_ZN12_GLOBAL__N_14pool8allocateEm.constprop.0",
     "(anonymous namespace)::pool::allocate(unsigned long) [clone .constprop.0]"},
    {"_ZN12_GLOBAL__N_14pool4freeEPv.constprop.0.cold",
     "(anonymous namespace)::pool::free(void*) [clone .constprop.0] [clone .cold]"},
    {"_ZNKSt5ctypeIcE5widenEc.part.0",
     "std::ctype<char>::widen(char) const [clone .part.0]"},
    {"_ZNSs4_Rep10_M_disposeERKSaIcE.part.0",
     "std::basic_string<char, std::char_traits<char>, std::allocator<char> >::_Rep::_M_dispose(std::allocator<char> const&) [clone .part.0]"},
    {"_ZTIN4llvm2cl3optIbLb0ENS0_6parserIbEEEUlRKbE_E",
     "typeinfo for llvm::cl::opt<bool, false, llvm::cl::parser<bool> >::{lambda(bool const&)#1}"},
    {"_ZZN4llvm17TimeTraceProfiler5writeERNS_17raw_pwrite_streamEENKUlRKT_mE_clIN12_GLOBAL__N_15EntryEEEDaS5_m",
     "auto llvm::TimeTraceProfiler::write(llvm::raw_pwrite_stream&)::{lambda(auto:1 const&, unsigned long)#1}::operator()<(anonymous namespace)::Entry>((anonymous namespace)::Entry const&, unsigned long) const"},
    {"_ZL7PluginsB5cxx11",
     "Plugins[abi:cxx11]"},
    {"_ZN4llvm6utostrB5cxx11Emb",
     "llvm::utostr[abi:cxx11](unsigned long, bool)"},
    {"_ZNKSt6locale4nameB5cxx11Ev",
     "std::locale::name[abi:cxx11]() const"},
    {"_ZNSt12_GLOBAL__N_13keyE",
     "std::(anonymous namespace)::key"},
    {"_ZNSt6localeC1Ev",
     "std::locale::locale()"},
    {"_ZN4llvm3MD5C1Ev",
     "llvm::MD5::MD5()"},
    {"_ZNSdD2Ev",
     "std::basic_iostream<char, std::char_traits<char> >::~basic_iostream()"},
    {"_ZNSsD1Ev",
     "std::basic_string<char, std::char_traits<char>, std::allocator<char> >::~basic_string()"},
    {"_ZNKSi6sentrycvbEv",
     "std::basic_istream<char, std::char_traits<char> >::sentry::operator bool() const"},
    {"_ZNK4llvm8TypeSizecvmEv",
     "llvm::TypeSize::operator unsigned long() const"},
    {"_ZNSolsEe",
     "std::basic_ostream<char, std::char_traits<char> >::operator<<(long double)"},
    {"_ZNKSt4hashIeEclEe",
     "std::hash<long double>::operator()(long double) const"},
    {"_ZNKSsixEm",
     "std::basic_string<char, std::char_traits<char>, std::allocator<char> >::operator[](unsigned long) const"},
    {"_ZNSdaSEOSd",
     "std::basic_iostream<char, std::char_traits<char> >::operator=(std::basic_iostream<char, std::char_traits<char> >&&)"},
    {"_Znam",
     "operator new[](unsigned long)"},
    {"_ZnamRKSt9nothrow_t",
     "operator new[](unsigned long, std::nothrow_t const&)"},
    {"_ZdaPvm",
     "operator delete[](void*, unsigned long)"},
    {"_ZdlPv",
     "operator delete(void*)"},
    {"_ZN4llvm4jsoneqERKNS0_5ValueES3_",
     "llvm::json::operator==(llvm::json::Value const&, llvm::json::Value const&)"},
    {"_ZNKSt9basic_iosIwSt11char_traitsIwEEntEv",
     "std::basic_ios<wchar_t, std::char_traits<wchar_t> >::operator!() const"},
    {"_ZNSspLERKSs",
     "std::basic_string<char, std::char_traits<char>, std::allocator<char> >::operator+=(std::basic_string<char, std::char_traits<char>, std::allocator<char> > const&)"},
    {"_ZNSirsEPFRSiS_E",
     "std::basic_istream<char, std::char_traits<char> >::operator>>(std::basic_istream<char, std::char_traits<char> >& (*)(std::basic_istream<char, std::char_traits<char> >&))"},
    {"_ZSt13set_terminatePFvvE",
     "std::set_terminate(void (*)())"},
    {"_ZNSt15__exception_ptr13exception_ptrC1EMS0_FvvE",
     "std::__exception_ptr::exception_ptr::exception_ptr(void (std::__exception_ptr::exception_ptr::*)())"},
    {"_ZN4llvm4yaml7Scanner12advanceWhileEMS1_FPKcS3_E",
     "llvm::yaml::Scanner::advanceWhile(char const* (llvm::yaml::Scanner::*)(char const*))"},
    {"_ZN4llvm2cl5aliasC2IJA2_cNS0_4descENS0_8aliasoptENS0_9MiscFlagsEEEEDpRKT_",
     "llvm::cl::alias::alias<char [2], llvm::cl::desc, llvm::cl::aliasopt, llvm::cl::MiscFlags>(char const (&) [2], llvm::cl::desc const&, llvm::cl::aliasopt const&, llvm::cl::MiscFlags const&)"},
    {"_ZSt24__throw_out_of_range_fmtPKcz",
     "std::__throw_out_of_range_fmt(char const*, ...)"},
    {"_ZTIPDn",
     "typeinfo for decltype(nullptr)*"},
    {"_ZTISt11_Mutex_baseILN9__gnu_cxx12_Lock_policyE2EE",
     "typeinfo for std::_Mutex_base<(__gnu_cxx::_Lock_policy)2>"},
    {"_ZN9__gnu_cxx6__poolILb1EE10_M_destroyEv",
     "__gnu_cxx::__pool<true>::_M_destroy()"},
    {"_ZN4llvm11SmallStringILj256EEaSENS_9StringRefE",
     "llvm::SmallString<256u>::operator=(llvm::StringRef)"},
    {"_ZZN4llvm5fdbgsEvE1S",
     "llvm::fdbgs()::S"},
    {"_ZNSiC1EOSi",
     "std::basic_istream<char, std::char_traits<char> >::basic_istream(std::basic_istream<char, std::char_traits<char> >&&)"},
    {"_ZN4llvm3sys14CompareAndSwapEPVjjj",
     "llvm::sys::CompareAndSwap(unsigned int volatile*, unsigned int, unsigned int)"},
    {"_ZTIPw",
     "typeinfo for wchar_t*"},
    {"_ZTIDs",
     "typeinfo for char16_t"},
    {"_ZTIo",
     "typeinfo for unsigned __int128"},
    {"_ZTIDF16_",
     "typeinfo for _Float16"},
    {"_ZNSsC2Ev",
     "std::basic_string<char, std::char_traits<char>, std::allocator<char> >::basic_string()"},
    {"_ZNKRSt7__cxx1115basic_stringbufIcSt11char_traitsIcESaIcEE3strEv",
     "std::__cxx11::basic_stringbuf<char, std::char_traits<char>, std::allocator<char> >::str() const &"},
    {"_ZNSt10filesystem4path10_S_convertIwEEDaPKT_S4_",
     "auto std::filesystem::path::_S_convert<wchar_t>(wchar_t const*, wchar_t const*)"},
    {"_ZTSPKDn",
     "typeinfo name for decltype(nullptr) const*"},
    {"_ZSt16__convert_from_vRKP15__locale_structPciPKcz",
     "std::__convert_from_v(__locale_struct* const&, char*, int, char const*, ...)"},
    {"_ZL4Seed",
     "Seed"},
    {"_ZNSt15__exception_ptr13exception_ptrcvMS0_FvvEEv",
     "std::__exception_ptr::exception_ptr::operator void (std::__exception_ptr::exception_ptr::*)()()"},
    {"_ZZN12_GLOBAL__N_120print_iterator_stateIN11__gnu_debug16_Error_formatter10_ParameterUt0_Ut_EEEvRNS_12PrintContextERKT_E11state_names",
     "(anonymous namespace)::print_iterator_state<__gnu_debug::_Error_formatter::_Parameter::{unnamed type#2}::{unnamed type#1}>((anonymous namespace)::PrintContext&, __gnu_debug::_Error_formatter::_Parameter::{unnamed type#2}::{unnamed type#1} const&)::state_names"},
    {"_ZNSt5dequeINSt10filesystem4_DirESaIS1_EE12emplace_backIJS1_EEERS1_DpOT_",
     "std::filesystem::_Dir& std::deque<std::filesystem::_Dir, std::allocator<std::filesystem::_Dir> >::emplace_back<std::filesystem::_Dir>(std::filesystem::_Dir&&)"},
    {"_ZGRZN4llvm14AArch64TTIImpl18getCmpSelInstrCostEjPNS_4TypeES2_NS_7CmpInst9PredicateENS_19TargetTransformInfo14TargetCostKindEPKNS_11InstructionEE14ValidMinMaxTys_",
     "reference temporary #0 for llvm::AArch64TTIImpl::getCmpSelInstrCost(unsigned int, llvm::Type*, llvm::Type*, llvm::CmpInst::Predicate, llvm::TargetTransformInfo::TargetCostKind, llvm::Instruction const*)::ValidMinMaxTys"},
    {"_ZZL24CC_X86_VectorCallGetSSEsRKN4llvm3MVTEE10RegListXMM",
     "CC_X86_VectorCallGetSSEs(llvm::MVT const&)::RegListXMM"},
    {"_ZNSt8__detail13__to_chars_16IoEENSt9enable_ifIXsrSt5__or_IJS2_IJSt7is_sameINSt9remove_cvIT_E4typeEaES3_IS7_sES3_IS7_iES3_IS7_lES3_IS7_xES3_IS7_nEEES2_IJS3_IS7_hES3_IS7_tES3_IS7_jES3_IS7_mES3_IS7_yES3_IS7_oEEES3_IcS7_EEE5valueESt15to_chars_resultE4typeEPcSR_S5_",
     "std::enable_if<std::__or_<std::__or_<std::is_same<std::remove_cv<unsigned __int128>::type, signed char>, std::is_same<std::remove_cv<unsigned __int128>::type, short>, std::is_same<std::remove_cv<unsigned __int128>::type, int>, std::is_same<std::remove_cv<unsigned __int128>::type, long>, std::is_same<std::remove_cv<unsigned __int128>::type, long long>, std::is_same<std::remove_cv<unsigned __int128>::type, __int128> >, std::__or_<std::is_same<std::remove_cv<unsigned __int128>::type, unsigned char>, std::is_same<std::remove_cv<unsigned __int128>::type, unsigned short>, std::is_same<std::remove_cv<unsigned __int128>::type, unsigned int>, std::is_same<std::remove_cv<unsigned __int128>::type, unsigned long>, std::is_same<std::remove_cv<unsigned __int128>::type, unsigned long long>, std::is_same<std::remove_cv<unsigned __int128>::type, unsigned __int128> >, std::is_same<char, std::remove_cv<unsigned __int128>::type> >::value, std::to_chars_result>::type std::__detail::__to_chars_16<unsigned __int128>(char*, char*, unsigned __int128)"},
    {"_ZN4llvm7hashing6detail23hash_combine_range_implIKcEENSt9enable_ifIXsr16is_hashable_dataIT_EE5valueENS_9hash_codeEE4typeEPS5_S9_",
     "std::enable_if<is_hashable_data<char const>::value, llvm::hash_code>::type llvm::hashing::detail::hash_combine_range_impl<char const>(char const*, char const*)"},
    {"_ZZNSt9once_flag18_Prepare_executionC1IZSt9call_onceIMNSt13__future_base13_State_baseV2EFvPSt8functionIFSt10unique_ptrINS3_12_Result_baseENS7_8_DeleterEEvEEPbEJPS4_SC_SD_EEvRS_OT_DpOT0_EUlvE_EERSI_ENUlvE_8__invokeEv",
     "std::once_flag::_Prepare_execution::_Prepare_execution<std::call_once<void (std::__future_base::_State_baseV2::*)(std::function<std::unique_ptr<std::__future_base::_Result_base, std::__future_base::_Result_base::_Deleter> ()>*, bool*), std::__future_base::_State_baseV2*, std::function<std::unique_ptr<std::__future_base::_Result_base, std::__future_base::_Result_base::_Deleter> ()>*, bool*>(std::once_flag&, void (std::__future_base::_State_baseV2::*&&)(std::function<std::unique_ptr<std::__future_base::_Result_base, std::__future_base::_Result_base::_Deleter> ()>*, bool*), std::__future_base::_State_baseV2*&&, std::function<std::unique_ptr<std::__future_base::_Result_base, std::__future_base::_Result_base::_Deleter> ()>*&&, bool*&&)::{lambda()#1}>(void (std::__future_base::_State_baseV2::*&)(std::function<std::unique_ptr<std::__future_base::_Result_base, std::__future_base::_Result_base::_Deleter> ()>*, bool*))::{lambda()#1}::__invoke()"},
    {"_ZZZNK4llvm4json4Path4Root17printErrorContextERKNS0_5ValueERNS_11raw_ostreamEENK3$_0clIS8_EEDaS5_NS_8ArrayRefINS1_7SegmentEEERT_ENKUlvE_clEv",
     "llvm::json::Path::Root::printErrorContext(llvm::json::Value const&, llvm::raw_ostream&) const::$_0::operator()<$_0>(llvm::json::Value const&, llvm::ArrayRef<llvm::json::Path::Segment>, $_0&) const::{lambda()#1}::operator()() const"},
    {"_ZNSt6vectorISt4pairIPN9__gnu_cxx15_Hashtable_nodeIS0_IKSsSsEEES4_ESaIS5_EE17_M_realloc_insertIJS5_EEEvNS1_17__normal_iteratorIPS5_S7_EEDpOT_",
     "void std::vector<std::pair<__gnu_cxx::_Hashtable_node<std::pair<std::basic_string<char, std::char_traits<char>, std::allocator<char> > const, std::basic_string<char, std::char_traits<char>, std::allocator<char> > > >*, std::pair<std::basic_string<char, std::char_traits<char>, std::allocator<char> > const, std::basic_string<char, std::char_traits<char>, std::allocator<char> > > >, std::allocator<__gnu_cxx::_Hashtable_node<std::pair<std::basic_string<char, std::char_traits<char>, std::allocator<char> > const, std::basic_string<char, std::char_traits<char>, std::allocator<char> > > > > >::_M_realloc_insert<__gnu_cxx::_Hashtable_node<std::pair<std::basic_string<char, std::char_traits<char>, std::allocator<char> > const, std::basic_string<char, std::char_traits<char>, std::allocator<char> > > > >(__gnu_cxx::__normal_iterator<__gnu_cxx::_Hashtable_node<std::pair<std::basic_string<char, std::char_traits<char>, std::allocator<char> > const, std::basic_string<char, std::char_traits<char>, std::allocator<char> > > >*, std::pair<__gnu_cxx::_Hashtable_node<std::pair<std::basic_string<char, std::char_traits<char>, std::allocator<char> > const, std::basic_string<char, std::char_traits<char>, std::allocator<char> > > >*, std::pair<std::basic_string<char, std::char_traits<char>, std::allocator<char> > const, std::basic_string<char, std::char_traits<char>, std::allocator<char> > > > >, __gnu_cxx::_Hashtable_node<std::pair<std::basic_string<char, std::char_traits<char>, std::allocator<char> > const, std::basic_string<char, std::char_traits<char>, std::allocator<char> > > >&&)"},
    {"_ZNSt3pmr25monotonic_buffer_resource13_M_new_bufferEmm",
     "std::pmr::monotonic_buffer_resource::_M_new_buffer(unsigned long, unsigned long)"},
    {"_ZSt4endlIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_",
     "std::basic_ostream<char, std::char_traits<char> >& std::endl<char, std::char_traits<char> >(std::basic_ostream<char, std::char_traits<char> >&)"},
    {"_ZNSt14basic_ofstreamIcSt11char_traitsIcEEC1ERKNSt7__cxx1112basic_stringIcS1_SaIcEEESt13_Ios_Openmode",
     "std::basic_ofstream<char, std::char_traits<char> >::basic_ofstream(std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> > const&, std::_Ios_Openmode)"},
    {"_ZSt9use_facetISt7codecvtIDic11__mbstate_tEERKT_RKSt6locale",
     "std::codecvt<char32_t, char, __mbstate_t> const& std::use_facet<std::codecvt<char32_t, char, __mbstate_t> >(std::locale const&)"},
    {"_ZNKSt7codecvtIDsDu11__mbstate_tE5do_inERS0_PKDuS4_RS4_PDsS6_RS6_",
     "std::codecvt<char16_t, char8_t, __mbstate_t>::do_in(__mbstate_t&, char8_t const*, char8_t const*, char8_t const*&, char16_t*, char16_t*, char16_t*&) const"},
    {"_ZN4llvm22containsIrreducibleCFGIPKNS_10BasicBlockEKNS_25ReversePostOrderTraversalIPKNS_8FunctionENS_11GraphTraitsIS7_EEEEKNS_8LoopInfoENS8_IS3_EEEEbRT0_RKT1_",
     "bool llvm::containsIrreducibleCFG<llvm::BasicBlock const*, llvm::ReversePostOrderTraversal<llvm::Function const*, llvm::GraphTraits<llvm::Function const*> > const, llvm::LoopInfo const, llvm::GraphTraits<llvm::BasicBlock const*> >(llvm::ReversePostOrderTraversal<llvm::Function const*, llvm::GraphTraits<llvm::Function const*> > const&, llvm::LoopInfo const&)"},
    {"_ZN12_GLOBAL__N_124PatternRewriteDescriptorILN4llvm14SymbolRewriter17RewriteDescriptor4TypeE1ENS1_8FunctionEXadL_ZNKS1_6Module11getFunctionENS1_9StringRefEEEXadL_ZNS6_9functionsEvEEE15performOnModuleERS6_",
     "(anonymous namespace)::PatternRewriteDescriptor<(llvm::SymbolRewriter::RewriteDescriptor::Type)1, llvm::Function, &(llvm::Module::getFunction(llvm::StringRef) const), &llvm::Module::functions>::performOnModule(llvm::Module&)"},
    {"_ZN4llvm17make_filter_rangeIRNS_10BasicBlockESt8functionIFbRNS_11InstructionEEEEENS_14iterator_rangeINS_20filter_iterator_implIDTclsr3stdE5beginclsr3stdE7declvalIRT_EEEET0_NS_6detail15fwd_or_bidi_tagISC_E4typeEEEEEOSA_SD_",
     "llvm::iterator_range<llvm::filter_iterator_impl<decltype (std::begin((std::declval<llvm::BasicBlock&>)())), std::function<bool (llvm::Instruction&)>, llvm::detail::fwd_or_bidi_tag<decltype (std::begin((std::declval<llvm::BasicBlock&>)()))>::type> > llvm::make_filter_range<llvm::BasicBlock&, std::function<bool (llvm::Instruction&)> >(llvm::BasicBlock&, std::function<bool (llvm::Instruction&)>)"},
    {"_ZL24addAnnotationRemarksPassRN4llvm11PassManagerINS_6ModuleENS_15AnalysisManagerIS1_JEEEJEEE",
     "addAnnotationRemarksPass(llvm::PassManager<llvm::Module, llvm::AnalysisManager<llvm::Module>>&)"},
    {"_ZNSt8ios_base4InitC1Ev",
     "std::ios_base::Init::Init()"},
    {"_ZNKSt8messagesIwE6do_getEiiiRKNSt7__cxx1112basic_stringIwSt11char_traitsIwESaIwEEE",
     "std::messages<wchar_t>::do_get(int, int, int, std::__cxx11::basic_string<wchar_t, std::char_traits<wchar_t>, std::allocator<wchar_t> > const&) const"},
    {"_Z1fPFPFivEvE",
     "f(int (*(*)())())"},
    {"_Z1fIiEPFPFivEvEv",
     "int (*(*f<int>())())()"},
    {"_Z1fPA10_PFvvE",
     "f(void (* (*) [10])())"},
    {"_Z1fRA10_i",
     "f(int (&) [10])"},
    {"_Z1fM1AKFvvE",
     "f(void (A::*)() const)"},
    {"_Z1fPM1AA10_i",
     "f(int (A::**) [10])"},
    {"_Z1fM1APi",
     "f(int* A::*)"},
    {"_Z1fPrVKi",
     "f(int const volatile restrict*)"},
    {"_Z1fU3fooi",
     "f(int foo)"},
    {"_Z1fDv4_f",
     "f(float __vector(4))"},
    {"_Z1fCd",
     "f(double _Complex)"},
    {"_Z1fDhDF32xDaDcDiDuDdDeDfgz",
     "f(half, _Float32x, auto, decltype(auto), char32_t, char8_t, decimal64, decimal128, decimal32, __float128, ...)"},
    {"_Z1fILin5ELj5ELl5ELm5ELx5ELy5ELc65ELsn3EEvv",
     "void f<-5, 5u, 5l, 5ul, 5ll, 5ull, (char)65, (short)-3>()"},
    {"_Z1fILb0ELf3f800000EEvv",
     "void f<false, (float)[3f800000]>()"},
    {"_Z1fIXplLi1ELi2EEEvv",
     "void f<(1)+(2)>()"},
    {"_Z1fIXgtLi1ELi2EEEvv",
     "void f<((1)>(2))>()"},
    {"_Z1fIiEDTplfp_fp_ET_",
     "decltype ({parm#1}+{parm#1}) f<int>(int)"},
    {"_Z1fIiEDTcldtfp_1gEET_",
     "decltype (({parm#1}.g)()) f<int>(int)"},
    {"_Z1fIiEDTcvT_fp_ET_",
     "decltype ((int){parm#1}) f<int>(int)"},
    {"_ZN1AcvT_IiEEv",
     "A::operator int<int>()"},
    {"_ZltIiEvRK1AS2_",
     "void operator< <int>(A const&, A const&)"},
    {"_ZN1AltIiEEvv",
     "void A::operator< <int>()"},
    {"_ZZ1fvEs",
     "f()::string literal"},
    {"_ZZ1fvE1x_1",
     "f()::x"},
    {"_ZZ1fvENKUlvE0_clEv",
     "f()::{lambda()#2}::operator()() const"},
    {"_ZZ1fvENKUliE1_clEi",
     "f()::{lambda(int)#3}::operator()(int) const"},
    {"_ZN1AUt0_E",
     "A::{unnamed type#2}"},
    {"_Z1fIRiEvOT_",
     "void f<int&>(int&)"},
    {"_Z1fIOiEvOT_",
     "void f<int&&>(int&&)"},
    {"_Z1fIJidEEvDpRKT_",
     "void f<int, double>(int const&, double const&)"},
    {"_Z1fIJEEvDpT_",
     "void f<>()"},
    {"_ZTch0_h16_NK1A5cloneEv",
     "covariant return thunk to A::clone() const"},
    {"_ZTW1x",
     "TLS wrapper function for x"},
    {"_ZTHN1A1xE",
     "TLS init function for A::x"},
    {"_ZGTnN1A1fEv",
     "non-transaction clone for A::f()"},
    {"_ZNKO1A1fEv",
     "A::f() const &&"},
    {"_Z1fPDoFvvE",
     "f(void (*)() noexcept)"},
    {"_ZN1Ali3_kmEv",
     "A::operator\"\" _km()"},
    {"_ZN1AssERKS_",
     "A::operator<=>(A const&)"},
    {"_ZN1AawEv",
     "A::operator co_await()"},
    {"_Z3foov.llvm.123",
     "foo() [clone .llvm.123]"},
    {"_Z3foov.constprop.0.isra.0",
     "foo() [clone .constprop.0] [clone .isra.0]"},
    {"_GLOBAL__I_a",
     "global constructors keyed to a"},
};

static const Case rust_legacy_cases[] = {
    {"_ZN3std2rt19lang_start_internal17h1a2b3c4d5e6f7a8bE",
     "std::rt::lang_start_internal"},
    {"_ZN3lib12Foo$LT$T$GT$3get17he7640801f850ad37E",
     "lib::Foo<T>::get"},
    {"_ZN3lib4uses28_$u7b$$u7b$closure$u7d$$u7d$17h68e999d79aac9e7eE",
     "lib::uses::{{closure}}"},
    {"_ZN46_$LT$lib..Foo$LT$u8$GT$$u20$as$u20$lib..Tr$GT$2go17h8fa931f3603a56c7E",
     "<lib::Foo<u8> as lib::Tr>::go"},
    {"_ZN56_$LT$$RF$$u5b$u16$u3b$$u20$3$u5d$$u20$as$u20$lib..Tr$GT$2go17hf991199e7b1b8aa5E",
     "<&[u16; 3] as lib::Tr>::go"},
    {"_ZN4core3ptr59drop_in_place$LT$dyn$u20$lib..Tr$u2b$core..marker..Send$GT$17h0e2ec5b3ffa6a58fE",
     "core::ptr::drop_in_place<dyn lib::Tr+core::marker::Send>"},
    {"_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$7is_null17h2772779f74bcd132E",
     "core::ptr::const_ptr::<impl *const T>::is_null"},
    {"_ZN4core3ops8function6FnOnce40call_once$u7b$$u7b$vtable.shim$u7d$$u7d$17hcb5e04c54a777ab4E",
     "core::ops::function::FnOnce::call_once{{vtable.shim}}"},
    {"_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hb712b31529535e72E",
     "<alloc::boxed::Box<T,A> as core::ops::drop::Drop>::drop"},
    {"_ZN3std2io5stdio6_print17h0123456789abcdefE.llvm.4567",
     "std::io::stdio::_print"},
};

static const Case rust_v0_cases[] = {
    {"_RNvCsh537bOAIRKx_3lib4uses",
     "lib::uses"},
    {"_RNvMCsh537bOAIRKx_3libINtB2_3FooyE3getB2_",
     "<lib::Foo<u64>>::get"},
    {"_RNvXs_Csh537bOAIRKx_3libINtB4_3FoohENtB4_2Tr2go",
     "<lib::Foo<u8> as lib::Tr>::go"},
    {"_RNvXs0_Csh537bOAIRKx_3libRAtj3_NtB5_2Tr2go",
     "<&[u16; 3] as lib::Tr>::go"},
    {"_RNCNvCsh537bOAIRKx_3lib4usess0_0B3_",
     "lib::uses::{closure#2}"},
    {"_RNSNvYNCNvCsh537bOAIRKx_3lib4uses0INtNtNtCsgEmfK2I1SDS_4core3ops8function6FnOnceThEE9call_once6vtableB8_",
     "<lib::uses::{closure#0} as core::ops::function::FnOnce<(u8,)>>::call_once::{shim:vtable#0}"},
    {"_RINvCsh537bOAIRKx_3lib3genTxfEAcj2_EB2_",
     "lib::gen::<(i64, f32), [char; 2]>"},
    {"_RINvCsh537bOAIRKx_3lib3genReINtNtCsgEmfK2I1SDS_4core6option6OptionFEuEEB2_",
     "lib::gen::<&str, core::option::Option<fn()>>"},
    {"_RINvCsh537bOAIRKx_3lib3genQSoINtNtCslNYArtu3iFV_5alloc5boxed3BoxDNtB2_2TrNtNtCsgEmfK2I1SDS_4core6marker4SendEL_EEB2_",
     "lib::gen::<&mut [u128], alloc::boxed::Box<dyn lib::Tr + core::marker::Send>>"},
    {"_RINvCsh537bOAIRKx_3lib3genFUKCsEiuEB2_",
     "lib::gen::<unsafe extern \"C\" fn(i16) -> isize, ()>"},
    {"_RINvCsh537bOAIRKx_3lib8constgenKj1234_Kb0_Kce4_EB2_",
     "lib::constgen::<4660, false, '\303\244'>"},
    {"_RNvCsh537bOAIRKx_3libu13ncd_dma1a7bzb",
     "lib::\303\274n\303\257c\303\266d\303\251"},
    {"_RNvMNtNtCsgEmfK2I1SDS_4core3ptr9const_ptrPh7is_nullCsh537bOAIRKx_3lib",
     "<*const u8>::is_null"},
    {"_RNvCsfLfy6EI15iL_7___rustc12___rust_alloc",
     "__rustc::__rust_alloc"},
    {"_RINvMNtCsgEmfK2I1SDS_4core6optionINtB3_6OptionuE3mapFUKCsEiNCNvCsh537bOAIRKx_3lib4usess1_0EBZ_",
     "<core::option::Option<()>>::map::<unsafe extern \"C\" fn(i16) -> isize, lib::uses::{closure#3}>"},
    {"_RINvNtCsgEmfK2I1SDS_4core3ptr13drop_in_placeDNtCs1HE6alunEGA_3big5ShapeNtNtB4_6marker4SyncNtB19_4SendEL_EBJ_",
     "core::ptr::drop_in_place::<dyn big::Shape + core::marker::Sync + core::marker::Send>"},
    {"_RNvXCs1HE6alunEGA_3bigINtB2_2SqKj12c_ENtB2_5Shape4areaB2_",
     "<big::Sq<300> as big::Shape>::area"},
    {"_RNvXs1g_NtCsgEmfK2I1SDS_4core3fmtRDNtB6_5DebugEL_Bx_3fmtCs1HE6alunEGA_3big",
     "<&dyn core::fmt::Debug as core::fmt::Debug>::fmt"},
    {"_RNCNKNvNvMNtNtCsjrHSEGnQ3l9_3std4hash6randomNtB8_11RandomState3new4KEYS0s_0Cs1HE6alunEGA_3big",
     "<std::hash::random::RandomState>::new::KEYS::{K#0}::{closure#1}"},
    {"_RNCINvNtCsgvbsrvnw3yD_9hashbrown3map14equivalent_keyNtNtCslNYArtu3iFV_5alloc6string6StringBO_INtNtBS_3vec3VecThcEEE0Cs1HE6alunEGA_3big",
     "hashbrown::map::equivalent_key::<alloc::string::String, alloc::string::String, alloc::vec::Vec<(u8, char)>>::{closure#0}"},
    {"_RNvNvMNtNtCsgEmfK2I1SDS_4core3ptr9const_ptrPp20offset_from_unsigned18precondition_checkCs1HE6alunEGA_3big",
     "<*const _>::offset_from_unsigned::precondition_check"},
    {"_RINvCs1_4test3fooFG_RL0_hEuE",
     "test::foo::<for<'a> fn(&'a u8)>"},
    {"_RINvCs1_4test3fooFG0_RL1_hRL0_tEuE",
     "test::foo::<for<'a, 'b> fn(&'a u8, &'b u16)>"},
    {"_RINvCs1_4test3fooDNtCs1_4test5Tracep4ItemhEL_E",
     "test::foo::<dyn test::Trace<Item = u8>>"},
    {"_RINvCs1_4test3fooKRe616263_E",
     "test::foo::<\"abc\">"},
    {"_RINvCs1_4test3fooKan80_E",
     "test::foo::<-128>"},
    {"_RINvCs1_4test3fooKo1ffffffffffffffffff_E",
     "test::foo::<0x1ffffffffffffffffff>"},
    {"_RINvCs1_4test3fooKpE",
     "test::foo::<_>"},
    {"_RINvCs1_4test3fooFEzE",
     "test::foo::<fn() -> !>"},
    {"_RINvCs1_4test3fooTlEE",
     "test::foo::<(i32,)>"},
    {"_RINvCs1_4test3fooFK9rust_callEuE",
     "test::foo::<extern \"rust-call\" fn()>"},
    {"_RNvCs1_4test3foo.llvm.12AB",
     "test::foo"},
    {"_RNvYNtCs1_4test3FooNtB4_5Trait3bar",
     "<test::Foo as test::Trait>::bar"},
    {"_RINvCs1_4test3fooKc27_E",
     "test::foo::<'\\''>"},
    {"_RINvCs1_4test3fooKTj1_b0_EE",
     "test::foo::<{(1, false)}>"},
};

/* weld's own choices where c++filt prints the name as is, or differently. */
static const Case weld_cases[] = {
    /* not a Rust hash (g, not h): a C++ name */
    {"_ZN3std2rt19lang_start_internal17g1a2b3c4d5e6f7a8bE", "std::rt::lang_start_internal::g1a2b3c4d5e6f7a8b"},
    /* c++filt leaves non-ASCII Rust escapes alone; rustc-demangle decodes them */
    {"_ZN3lib24_$ufc$n$uef$c$uf6$d$ue9$17h95745656916d5a2bE", "lib::\303\274n\303\257c\303\266d\303\251"},
    /* suffixes other than .llvm. stay */
    {"_RNvCs1_4test3foo.llvm", "test::foo.llvm"},
    {"_GLOBAL__sub_I_foo.cc", "global constructors keyed to foo.cc"},
    {"_GLOBAL__sub_I__Z3foov", "global constructors keyed to foo()"},
    {"_GLOBAL__sub_D_main", "global destructors keyed to main"},
};

/* Not mangled names, or malformed ones: the caller prints them as they are. */
static const Case rejected_cases[] = {
    {"main", NULL},
    {"", NULL},
    {"_Z", NULL},
    {"_Zfoo", NULL},
    {"_Z1", NULL},
    {"_Z3fo", NULL},
    {"_ZN3foo", NULL},
    {"_Z3foov.", NULL},        /* empty clone suffix */
    {"_Z3foov.xyz.Y", NULL},   /* not a clone suffix */
    {"_ZL5Argv0.0", NULL},     /* c++filt takes clone suffixes on functions only */
    {"_Z1fS_", NULL},          /* no substitution yet */
    {"_Z1fT_", NULL},          /* no template argument */
    {"_Z1fIiEvT0_", NULL},     /* only one */
    {"_ZNK1A1fEvO", NULL},
    {"_Z1fv\001", NULL},
    {"_R", NULL},
    {"_RNvC3foo", NULL},       /* identifier missing */
    {"_RNvC3foo3barx", NULL},  /* trailing garbage */
    {"_RINvC3foo3barBz_E", NULL}, /* back-reference forward */
    {"_RINvC3foo3barKb2_E", NULL},  /* bool const 2 */
    {"_RNvC3foo3bar\001", NULL},
    {"_GLOBAL__I_", NULL},
    {"CSWTCH.106", NULL},
};

static void check_case(void **state) {
  const Case *c = *state;
  char *got = demangle(c->in);
  char msg[512];
  msg[0] = 0;
  if (!c->out && got)
    snprintf(msg, sizeof(msg), "%s: expected NULL, got \"%.300s\"", c->in, got);
  else if (c->out && !got)
    snprintf(msg, sizeof(msg), "%.200s: got NULL, expected \"%.250s\"", c->in, c->out);
  else if (c->out && strcmp(got, c->out))
    snprintf(msg, sizeof(msg), "%.100s:\n  got      \"%.180s\"\n  expected \"%.180s\"", c->in, got, c->out);
  free(got);
  if (msg[0]) fail_msg("%s", msg);
}

static void null_input(void **state) {
  (void)state;
  assert_null(demangle(NULL));
}

static char *repeat(const char *pre, const char *rep, size_t n, const char *post) {
  size_t lp = strlen(pre), lr = strlen(rep), lq = strlen(post);
  char *s = malloc(lp + lr * n + lq + 1);
  memcpy(s, pre, lp);
  for (size_t i = 0; i < n; i++) memcpy(s + lp + i * lr, rep, lr);
  memcpy(s + lp + lr * n, post, lq + 1);
  return s;
}

/* Deep nesting is refused, not recursed into without bound. */
static void depth_limit(void **state) {
  (void)state;
  char *s = repeat("_Z1f", "P", 20000, "v");
  assert_null(demangle(s));
  free(s);
  s = repeat("_Z1f", "A1_", 5000, "i");
  assert_null(demangle(s));
  free(s);
  s = repeat("_RINvC3foo3bar", "A", 20000, "hKj1_E");
  assert_null(demangle(s));
  free(s);
  s = repeat("_R", "N", 20000, "C3foo");
  assert_null(demangle(s));
  free(s);
  /* moderate nesting still works */
  s = repeat("_Z1f", "P", 50, "v");
  char *r = demangle(s);
  assert_non_null(r);
  assert_int_equal(strlen(r), strlen("f(void") + 50 + 1);
  free(r);
  free(s);
}

/* Substitutions make the output exponential in the input: each function
 * type takes the previous one twice.  The output is bounded (64 KiB), and
 * what does not fit is refused. */
static void output_limit(void **state) {
  (void)state;
  char s[4096] = "_Z1fFvvE";
  for (int i = 0; i < 40; i++) {
    char ref[16];
    if (i == 0)
      strcpy(ref, "S_");
    else if (i - 1 < 10)
      snprintf(ref, sizeof(ref), "S%d_", i - 1);
    else
      snprintf(ref, sizeof(ref), "S%c_", 'A' + i - 11);
    snprintf(s + strlen(s), sizeof(s) - strlen(s), "Fv%s%sE", ref, ref);
  }
  assert_null(demangle(s));
  /* a few doublings are fine */
  char *r = demangle("_Z1fFvvEFvS_S_EFvS0_S0_E");
  assert_non_null(r);
  assert_string_equal(r, "f(void (), void (void (), void ()), void (void (void (), void ()), void (void (), void ())))");
  free(r);
}

static const Case *all_case(size_t i) {
  size_t n1 = sizeof(cxx_cases) / sizeof(Case), n2 = sizeof(rust_legacy_cases) / sizeof(Case);
  size_t n3 = sizeof(rust_v0_cases) / sizeof(Case);
  if (i < n1) return &cxx_cases[i];
  i -= n1;
  if (i < n2) return &rust_legacy_cases[i];
  i -= n2;
  if (i < n3) return &rust_v0_cases[i];
  return NULL;
}

/* Every prefix of every name, each in a buffer of its exact size (so that
 * ASan would see a read past the NUL). */
static void truncations(void **state) {
  (void)state;
  for (size_t i = 0; all_case(i); i++) {
    const char *in = all_case(i)->in;
    size_t n = strlen(in);
    for (size_t k = 0; k < n; k++) {
      char *s = malloc(k + 1);
      memcpy(s, in, k);
      s[k] = 0;
      char *r = demangle(s);
      if (r) assert_true(strlen(r) <= 65536);
      free(r);
      free(s);
    }
  }
}

static uint64_t rng_state = 0x9e3779b97f4a7c15ull;

static uint32_t rng(void) {
  rng_state ^= rng_state << 13;
  rng_state ^= rng_state >> 7;
  rng_state ^= rng_state << 17;
  return (uint32_t)(rng_state >> 11);
}

/* Random mutations of the valid names: must neither crash nor exceed the
 * output bound.  (Run under -fsanitize=address,undefined too.) */
static void fuzz_mutations(void **state) {
  (void)state;
  static const char alpha[] = "_ZNSKIEJXLTtSsabcdefilmnpqrsvxyz0123456789ABCDEFGRUVW$.";
  size_t ncases = 0;
  while (all_case(ncases)) ncases++;
  long nonnull = 0;
  for (int it = 0; it < 30000; it++) {
    const char *src = all_case(rng() % ncases)->in;
    size_t n = strlen(src), cap = n + 40;
    char *s = malloc(cap + 1);
    memcpy(s, src, n + 1);
    int muts = 1 + (int)(rng() % 4);
    for (int m = 0; m < muts; m++) {
      size_t len = strlen(s), pos = len ? rng() % len : 0;
      switch (rng() % 5) {
      case 0:
        if (len) s[pos] = alpha[rng() % (sizeof(alpha) - 1)];
        break;
      case 1:
        if (len) memmove(s + pos, s + pos + 1, len - pos);
        break;
      case 2:
        if (len < cap) {
          memmove(s + pos + 1, s + pos, len - pos + 1);
          s[pos] = alpha[rng() % (sizeof(alpha) - 1)];
        }
        break;
      case 3:
        if (len) s[pos] = s[rng() % len];
        break;
      default: { /* copy a chunk of the name over another place */
        size_t from = len ? rng() % len : 0, l = rng() % 6;
        if (from + l > len) l = len - from;
        if (len + l <= cap) {
          char tmp[8];
          memcpy(tmp, s + from, l);
          memmove(s + pos + l, s + pos, len - pos + 1);
          memcpy(s + pos, tmp, l);
        }
        break;
      }
      }
    }
    char *r = demangle(s);
    if (r) {
      nonnull++;
      assert_true(strlen(r) <= 65536);
    }
    free(r);
    free(s);
  }
  /* random strings */
  for (int it = 0; it < 10000; it++) {
    char s[200];
    size_t len = 2 + rng() % 190;
    s[0] = '_';
    s[1] = "ZZR"[rng() % 3];
    for (size_t i = 2; i < len; i++) s[i] = alpha[rng() % (sizeof(alpha) - 1)];
    s[len] = 0;
    free(demangle(s));
  }
  assert_true(nonnull > 0);
}

static void add_tests(struct CMUnitTest *t, size_t *n, const char *prefix, const Case *cases, size_t count) {
  for (size_t i = 0; i < count; i++) {
    char name[96];
    snprintf(name, sizeof(name), "%s %.80s", prefix, cases[i].in[0] ? cases[i].in : "(empty)");
    t[*n] = (struct CMUnitTest){strdup(name), check_case, NULL, NULL, (void *)&cases[i]};
    (*n)++;
  }
}

#define ADD(prefix, arr) add_tests(tests, &n, prefix, arr, sizeof(arr) / sizeof(arr[0]))

int main(void) {
  static struct CMUnitTest tests[512];
  size_t n = 0;
  ADD("c++", cxx_cases);
  ADD("rust-legacy", rust_legacy_cases);
  ADD("rust-v0", rust_v0_cases);
  ADD("weld", weld_cases);
  ADD("rejected", rejected_cases);
  tests[n++] = (struct CMUnitTest)cmocka_unit_test(null_input);
  tests[n++] = (struct CMUnitTest)cmocka_unit_test(depth_limit);
  tests[n++] = (struct CMUnitTest)cmocka_unit_test(output_limit);
  tests[n++] = (struct CMUnitTest)cmocka_unit_test(truncations);
  tests[n++] = (struct CMUnitTest)cmocka_unit_test(fuzz_mutations);
  return _cmocka_run_group_tests("demangle", tests, n, NULL, NULL);
}
