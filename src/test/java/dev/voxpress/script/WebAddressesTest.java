package dev.voxpress.script;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebAddressesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            See example.com/news.                        | See example dot com slash news.
            Go to https://www.example.com/ now           | Go to example dot com now
            Read http://bbc.co.uk/news?id=5#top          | Read B B C dot co dot U K slash news
            www.nytimes.com/2022/05/14/us/long-slug.html | N Y times dot com
            open index.html now                          | open index dot H T M L now
            saved to /home/data/logs                     | saved to slash home slash data slash logs
            open C:\\Users\\Public                       | open C colon backslash Users backslash Public
            Visit EXAMPLE.ORG/About                      | Visit example dot org slash About
            It is on wikipedia.org.                      | It is on wikipedia dot org.
            (see github.com/jsoup)                       | (see github dot com slash jsoup)
            site.com/page-2                              | site dot com slash page two
            at washingtonpost.com today                  | at washington post dot com today
            tips@washpost.com                            | tips at wash post dot com
            reportfraud.ftc.gov                          | report fraud dot F T C dot gov
            kingarthurbaking.com                         | king arthur baking dot com
            substack.com                                 | sub stack dot com
            instagram.com                                | instagram dot com
            healthcare.gov                               | healthcare dot gov
            youtube.com                                  | youtube dot com
            careers@acme-corp.com                        | careers at acme dash corp dot com
            Attach report_final.pdf                      | Attach report underscore final dot P D F
            Edit config.yaml                             | Edit config dot yaml
            data_2024.csv                                | data underscore twenty twenty-four dot C S V
            Read the white paper on bitcoin.org          | Read the white paper on bitcoin dot org
            Highlights at tiktok.com/@nba                | Highlights at tiktok dot com slash at nba
            medium.com/@marcoarment/post                 | medium dot com slash at marco arment slash post
            vote411.org                 | vote four one one dot org
            ssa.gov/myaccount           | S S Ay dot gov slash my account
            on r/personalfinance today  | on R slash personal finance today
            run ~/Downloads/setup.sh now | run tilde slash Downloads slash setup dot S H now
            fafsa.gov                   | fafsa dot gov
            Open Minutes-Final.pdf now. | Open Minutes dash Final dot P D F now.
            apple.com/app-store         | apple dot com slash app store
            Visit metmuseum.org today.  | Visit met museum dot org today.
            Go to water.cityofaustin.gov now. | Go to water dot city of austin dot gov now.
            Log meals at fitlog.app daily. | Log meals at fit log dot app daily.
            adoptapet.com               | adopt a pet dot com
            gearlab.com and quickfixauto.com | gear lab dot com and quick fix auto dot com
            example.com/docs/guide.pdf today | example dot com slash docs slash guide dot P D F today
            """)
    void webAddresses(String written, String said) {
        Says.says(written, said);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            follow @CDCgov              | follow at C D C gov
            by @taylorswift13 on        | by at taylor swift thirteen on
            from @BBCBreaking           | from at B B C Breaking
            @JoeBiden wrote             | at Joe Biden wrote
            via @the_hill               | via at the hill
            meet @ 5pm                  | meet at five P M
            Follow us on Instagram at @deepwaterpod. | Follow us on Instagram at deepwater pod.
            """)
    void handles(String written, String said) {
        Says.says(written, said);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Write to jo@example.org.             | Write to jo at example dot org.
            john.smith+news@mail.example.com     | john dot smith plus news at mail dot example dot com
            news_desk@bbc.co.uk                  | news underscore desk at B B C dot co dot U K
            xyz@abc.de                           | X Y Z at Ay B C dot D E
            """)
    void emailAddresses(String written, String said) {
        Says.says(written, said);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            It cost 3.5 dollars.    | It cost three point five dollars.
            He left.Then he came.   | He left.Then he came.
            e.g. this               | for example this
            """)
    void notAddresses(String written, String said) {
        Says.says(written, said);
    }
}
